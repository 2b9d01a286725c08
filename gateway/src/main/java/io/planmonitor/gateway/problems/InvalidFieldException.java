package io.planmonitor.gateway.problems;

/** Bad input the gateway itself rejects before calling a service; becomes a 400 problem naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
