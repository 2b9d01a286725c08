package io.planmonitor.extraction;

import java.util.regex.Pattern;

/**
 * Web-page and print noise that carries no content: page numbers (— 12 —, 第3页 共20页), watermark and share lines.
 * They are blanked with spaces of the same length, so offsets into the text stay those of the document.
 */
final class Boilerplate {

    private static final Pattern NOISE = Pattern.compile(
            "(?m)^[ \\t]*(?:[-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d+\\s*页(?:\\s*[/，,]?\\s*共\\s*\\d+\\s*页)?|"
                    + "\\d+\\s*/\\s*\\d+|(?:分享到|打印本页|关闭窗口|【?字体[:：].{0,10}】?|扫一扫.{0,20}|"
                    + "(?:来源|发布时间|浏览次数|责任编辑)[:：][^\\n]{0,40}))[ \\t]*$");

    private Boilerplate() {
    }

    static String strip(String text) {
        StringBuilder out = new StringBuilder(text);
        var m = NOISE.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
