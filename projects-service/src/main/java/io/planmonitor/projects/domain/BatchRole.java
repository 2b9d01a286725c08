package io.planmonitor.projects.domain;

/** The three lists of a 三个一批 batch: projects signed (签约), started (开工), put into operation (投产). */
public enum BatchRole {
    SIGN,
    START,
    OPERATE
}
