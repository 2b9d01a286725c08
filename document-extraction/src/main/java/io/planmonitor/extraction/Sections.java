package io.planmonitor.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading structure of a normalised text: 第一章 / 第一节, 一、/（一）, 专栏N boxes. For any offset it tells the
 * innermost heading, the 专栏 box it stands in (if any), and whether the surrounding part reports results (回顾,
 * 成就, 执行情况) or sets targets (目标, 任务, 安排) — the nearest heading that says either decides.
 */
final class Sections {

    enum Mode { RESULTS, TARGETS }

    private static final Pattern HEADING = Pattern.compile(
            "^(?:第[一二三四五六七八九十百零〇0-9]+([篇章节])|([一二三四五六七八九十]+)、|\\(([一二三四五六七八九十]+)\\)|"
                    + "(专栏) ?[0-9一二三四五六七八九十]+)");
    private static final Pattern RESULT_WORDS = Pattern.compile("回顾|成就|执行情况|过去|取得|成绩|总结|发展基础|十三五.{0,4}(?:时期|发展)");
    private static final Pattern TARGET_WORDS = Pattern.compile("目标|任务|安排|要求|展望|措施|举措|重点工作|远景");

    record Heading(int start, int level, String title, Mode mode, boolean box) {
    }

    private final TreeMap<Integer, List<Heading>> stacks = new TreeMap<>();
    private final TreeMap<Integer, Integer> boxEnds = new TreeMap<>();

    Sections(String normalized) {
        List<Heading> stack = new ArrayList<>();
        stacks.put(0, List.of());
        int lineStart = 0;
        while (lineStart < normalized.length()) {
            int lineEnd = normalized.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = normalized.length();
            }
            String line = normalized.substring(lineStart, lineEnd).strip();
            Matcher m = HEADING.matcher(line);
            if (m.find()) {
                int level = m.group(1) != null ? switch (m.group(1)) {
                    case "篇" -> 0;
                    case "章" -> 1;
                    default -> 2;
                } : m.group(2) != null ? 1 : m.group(3) != null ? 2 : 3;
                String title = line.length() > 60 ? line.substring(0, titleEnd(line)) : line;
                Mode mode = RESULT_WORDS.matcher(title).find() ? Mode.RESULTS
                        : TARGET_WORDS.matcher(title).find() ? Mode.TARGETS : null;
                boolean box = m.group(4) != null;
                while (!stack.isEmpty() && stack.get(stack.size() - 1).level() >= level) {
                    stack.remove(stack.size() - 1);
                }
                Heading heading = new Heading(lineStart, level, title, mode, box);
                stack.add(heading);
                stacks.put(lineStart, List.copyOf(stack));
                if (box) {
                    boxEnds.put(lineStart, boxEnd(normalized, lineEnd));
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** The innermost heading's title at {@code offset}, or "" before the first heading. */
    String sectionAt(int offset) {
        List<Heading> stack = stacks.floorEntry(offset).getValue();
        return stack.isEmpty() ? "" : stack.get(stack.size() - 1).title();
    }

    /** The title of the 专栏 box {@code offset} stands in, or null. */
    String boxAt(int offset) {
        Map.Entry<Integer, Integer> box = boxEnds.floorEntry(offset);
        if (box == null || offset >= box.getValue()) {
            return null;
        }
        List<Heading> stack = stacks.get(box.getKey());
        return stack.get(stack.size() - 1).title();
    }

    /** RESULTS or TARGETS as the nearest heading that says so, or {@code fallback}. */
    Mode modeAt(int offset, Mode fallback) {
        List<Heading> stack = stacks.floorEntry(offset).getValue();
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).mode() != null && !stack.get(i).box()) {
                return stack.get(i).mode();
            }
        }
        return fallback;
    }

    /** The grouping words of the nearest heading, for a project's sector (“十四五”先进制造业重大项目 → 先进制造业). */
    String sectorAt(int offset) {
        String box = boxAt(offset);
        String title = box != null ? box : sectionAt(offset);
        String sector = title.replaceFirst("^专栏 ?[0-9一二三四五六七八九十]+[:：]?", "")
                .replaceFirst("^(?:第[一二三四五六七八九十]+[章节]|[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\))\\s*", "")
                .replaceAll("“十[一二三四五六七八九]五”|20\\d\\d年|[“”]", "")
                .replaceFirst("(?:建设)?(?:重大|重点)?(?:项目|工程)(?:建设)?$", "").strip();
        return sector.isEmpty() ? title : sector;
    }

    private static int titleEnd(String line) {
        for (int i = 0; i < Math.min(line.length(), 60); i++) {
            if ("。；".indexOf(line.charAt(i)) >= 0) {
                return i;
            }
        }
        return Math.min(line.length(), 60);
    }

    /** A box runs over its list lines (——…, cells, blank lines) and ends at the first ordinary paragraph. */
    private static int boxEnd(String text, int from) {
        int lineStart = from + 1;
        int lastContent = from;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String raw = text.substring(lineStart, lineEnd);
            String line = raw.strip();
            boolean listLine = line.isEmpty() || raw.startsWith(" ") || line.startsWith("——") || line.startsWith("—")
                    || line.startsWith("▲") || line.startsWith("|") || line.length() < 40 && !line.contains("。");
            if (!listLine || HEADING.matcher(line).find() && !line.startsWith("专栏")) {
                return lastContent;
            }
            if (line.startsWith("专栏")) {
                return lastContent;
            }
            lastContent = lineEnd;
            lineStart = lineEnd + 1;
        }
        return text.length();
    }
}
