package io.planmonitor.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named projects. Documents list them as 、-separated names closed by 等…项目 (加快推进A、B、C等82个重大续建项目建设),
 * inside 专栏 boxes of 重大项目 as ——group lines, or name one with its stage right after it (华兰生物研究院建成投用).
 * The stage comes from the words around the list (续建, 新开工, 建成投产 …), the sector from the box or heading.
 * Investment is read when the name is followed by (总投资X亿元).
 */
final class ProjectLists {

    static final String LIST_RULE = "project-list";
    static final String BOX_RULE = "project-box";
    static final String NAMED_RULE = "project-named";

    private static final Pattern SENTENCE = Pattern.compile("[^。；;！？!?\\n]+[。；;！？!?]?");
    /** A list closed by 等 … 项目/工程: the list is group 1. */
    private static final Pattern CLOSED_LIST = Pattern.compile(
            "([^，,。；;：:]{2,}?)等(?:[0-9]+|[一二三四五六七八九十百]+)?(?:个|项|批|一批)?(?:重大|重点|市重点|省重点)?(?:续建|新开工|前期|在建|产业|基础设施|民生|社会|文旅|交通|水利)?"
                    + "(?:项目|工程|片区|重点项目|重大项目|大科学装置|(?:更多)?重大科技基础设施"
                    + "|(?=建成通车|建成投用|建成投产|开工建设|全线贯通|建成运营|开通运营))");
    /** One project a verb puts to work, ending like a place that is built (加快推进中原量子谷建设, 提速中原医学科学城建设). */
    private static final Pattern VERB_NAMED = Pattern.compile(
            "(?:加快推进|加快建设|推进|启动|提速|支持|推动|共建|谋划建设|规划建设|开工建设|建成)"
                    + "([\\p{IsHan}A-Za-z0-9·()（）“”\\-]{3,20}?(?:科学城|科技城|量子谷|算力谷|[^产]业园|产业园|创新基地|"
                    + "中心|平台|基地|处理站|水厂|隧道|大桥|枢纽|机场|实验室|装置|医院|博物馆|市场|走廊|廊道))"
                    + "(?:建设|项目|工程)");
    /** One project named with its stage: the name must end like a project does. */
    private static final Pattern NAMED = Pattern.compile(
            "([\\p{IsHan}A-Za-z0-9·()（）“”\\-]{2,30}?(?:项目|工程|基地|产业园|园区|中心|研究院|实验室|装置|高铁|铁路|机场|水库|水厂|"
                    + "污水处理厂|处理站|隧道|大桥|医院|学校|博物馆|体育馆|场馆|大道|快速路|高速|[0-9一二三四五六七八九十]+号线(?:[一二三四五六七八九十]期)?(?:工程)?|"
                    + "[一二三四五六七八九十]期))"
                    + "(建成投用|建成投产|建成投运|建成运营|开通运营|开通运行|建成通车|正式投用|投入使用|开工建设|开工|基本建成|建成|投用|投产|"
                    + "主体完工|完工|启动建设|全面启动|加快推进|加快建设|落地|签约)");
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(?:[▲——\\-\\s]|高水平推进|新入库|围绕|结合|打通|促进|加快推进|加快建设|加快实施|全力推进|积极推进|大力推进|持续推进|重点推进|推进|推动|实施|新开工|开工建设|开工|"
                    + "建成投用|建成|续建|谋划|谋划建设|谋划实施|启动|建设|完成|抓好|重点抓好|做好|打造|争取|确保|力争|新建|支持|包括|如|其中|以及|和|及|与|加快)+");
    private static final Pattern TRAILING = Pattern.compile(
            "(?:项目建设|提升建设|等项目|建设工程|建设|项目|提升|工程建设)$");

    /** A box line's head: ——战略新兴产业。 names the group of the list after it, or the project itself. */
    private static final Pattern BOX_HEAD = Pattern.compile("^\\s*——([^。]{2,40})。");
    /** The end of a box list: 等 and a few words of what the items are (等新建项目, 等道路改扩建工程, 等项目建设). */
    private static final Pattern BOX_CLOSURE = Pattern.compile(
            "等(?:[0-9]+(?:个|项|座))?[^，,；;。等]{0,16}?(?:项目|工程|建设|提升|改造)(?:建设)?[。]?$");
    /** A closure that makes the head a group: the list is of 项目 or 工程 (not 等安置区建设, which describes one). */
    private static final Pattern GROUP_CLOSURE = Pattern.compile(
            "等(?:[0-9]+(?:个|项|座))?[^，,；;。等]{0,6}?(?:项目|工程)(?:建设)?(?:[，,；;。]|$)");
    private static final Pattern CLAUSE = Pattern.compile("[^，,；;]+[，,；;]?");
    /** A clause that describes the project before it rather than naming one (共计333栋、9258户). */
    private static final Pattern DESCRIPTION = Pattern.compile("^(?:共计|合计|总计|其中|面积|总投资|占地|项目总|包括|主要)");
    private static final Pattern STAGE_ENDING = Pattern.compile("(?<=.{4})(?:新建|续建)$");

    private final SourceText text;
    private final Sections sections;

    ProjectLists(SourceText text, Sections sections) {
        this.text = text;
        this.sections = sections;
    }

    List<Candidate> extract() {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String view = text.normalized();
        int lineAt = 0;
        for (String line : view.split("\n", -1)) {
            readLine(line, lineAt, seen, out);
            lineAt += line.length() + 1;
        }
        return out;
    }

    private void readLine(String line, int lineAt, Set<String> seen, List<Candidate> out) {
        String box = sections.boxAt(lineAt);
        boolean projectBox = box != null && box.matches(".*(项目|工程).*") && !box.contains("指标");
        if (line.strip().startsWith("专栏")) {
            return;
        }
        int from = 0;
        Matcher head = BOX_HEAD.matcher(line);
        if (projectBox && head.find()) {
            String rest = line.substring(head.end());
            String name = head.group(1).strip();
            // A head ending like a project, followed by a description rather than a list, is the project.
            if (!rest.isBlank() && name.matches(".*(项目|工程)$") && !GROUP_CLOSURE.matcher(rest).find()) {
                int at = lineAt + line.indexOf(name, head.start(1));
                if (isName(cleanName(name)) && seen.add(cleanName(name))) {
                    out.add(candidate(at, at + name.length(), name, stageWord(rest), at, BOX_RULE));
                }
                return;
            }
            from = head.end();
        }
        Matcher sentence = SENTENCE.matcher(line);
        sentence.region(from, line.length());
        while (sentence.find()) {
            String s = sentence.group();
            int offset = lineAt + sentence.start();
            int consumed = projectBox ? readBoxSentence(s, offset, seen, out) : readProseSentence(s, offset, seen, out);
            Matcher verbNamed = VERB_NAMED.matcher(s);
            while (verbNamed.find()) {
                String name = cleanName(verbNamed.group(1));
                if (verbNamed.start() >= consumed && isName(name) && seen.add(name)) {
                    int at = offset + Math.max(verbNamed.start(1), s.indexOf(name, verbNamed.start(1)));
                    out.add(candidate(at, offset + verbNamed.end(), name, stageWord(s.substring(verbNamed.start(),
                            verbNamed.start(1))), offset, NAMED_RULE));
                }
            }
            Matcher named = NAMED.matcher(s);
            while (named.find()) {
                if (named.start() < consumed) {
                    continue;
                }
                String name = cleanName(named.group(1));
                if (isName(name) && seen.add(name)) {
                    int at = offset + Math.max(named.start(1), s.indexOf(name, named.start(1)));
                    out.add(candidate(at, offset + named.end(2), name, stageWord(named.group(2)), offset, NAMED_RULE));
                }
            }
        }
    }

    /** Lists closed by 等…项目 in prose; returns where the last one ends. */
    private int readProseSentence(String s, int offset, Set<String> seen, List<Candidate> out) {
        Matcher list = CLOSED_LIST.matcher(s);
        int consumed = 0;
        while (list.find()) {
            addList(s, offset, list.start(1), list.end(1), stage(s, list.start(), list.end()), LIST_RULE, seen, out);
            consumed = list.end();
        }
        return consumed;
    }

    /**
     * A box sentence clause by clause: a list closed by 等…, a bare list of names, or one name ending in 项目/工程;
     * reading stops at a clause that describes rather than names (93个老旧小区改造工程，共计333栋、9258户). Returns
     * where it stopped.
     */
    private int readBoxSentence(String s, int offset, Set<String> seen, List<Candidate> out) {
        Matcher clause = CLAUSE.matcher(s);
        int consumed = 0;
        while (clause.find()) {
            String c = clause.group().replaceFirst("[，,；;。]$", "");
            int at = clause.start();
            if (DESCRIPTION.matcher(c).find()) {
                return consumed;
            }
            Matcher closed = BOX_CLOSURE.matcher(c);
            if (closed.find() && closed.start() > 0) {
                addList(s, offset, at, at + closed.start(), stage(s, at, clause.end()), BOX_RULE, seen, out);
            } else if (c.contains("、")) {
                addList(s, offset, at, at + c.length(), stage(s, at, clause.end()), BOX_RULE, seen, out);
            } else if (c.matches(".+(项目|工程)$")) {
                addList(s, offset, at, at + c.length(), stage(s, at, clause.end()), BOX_RULE, seen, out);
            } else {
                return consumed;
            }
            consumed = clause.end();
        }
        return consumed;
    }

    private void addList(String s, int offset, int from, int to, String stage, String rule, Set<String> seen,
            List<Candidate> out) {
        String list = s.substring(from, to);
        int cut = Math.max(list.lastIndexOf('。'), list.lastIndexOf(':'));
        int at = from + (cut >= 0 ? cut + 1 : 0);
        for (int[] item : items(s, at, to)) {
            String raw = s.substring(item[0], item[1]);
            String name = cleanName(raw);
            if (!isName(name) || !seen.add(name)) {
                continue;
            }
            int nameAt = s.indexOf(name, item[0]);
            int start = offset + (nameAt >= 0 ? nameAt : item[0]);
            out.add(candidate(start, start + (nameAt >= 0 ? name.length() : raw.length()), name, stage, offset, rule));
        }
    }

    /** The spans of the 、-separated items in s[from, to), a 、 inside brackets not separating (（包括A、B等子项目）). */
    private static List<int[]> items(String s, int from, int to) {
        List<int[]> items = new ArrayList<>();
        int depth = 0;
        int itemAt = from;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch == '(' || ch == '（') {
                depth++;
            } else if ((ch == ')' || ch == '）') && depth > 0) {
                depth--;
            } else if (ch == '、' && depth == 0) {
                items.add(new int[] {itemAt, i});
                itemAt = i + 1;
            }
        }
        items.add(new int[] {itemAt, to});
        return items;
    }

    /** {@code start}: where the name begins in the view; the name is given in the document's own characters. */
    private Candidate candidate(int start, int end, String name, String stage, int sentenceAt, String rule) {
        int from = text.originalOffset(start);
        int to = text.originalEnd(end);
        String printed = text.normalized().startsWith(name, start)
                ? text.original().substring(from, text.originalEnd(start + name.length())) : name;
        return Candidate.of(text, from, to, rule, sections.sectionAt(sentenceAt),
                new ProjectReading(printed, sections.sectorAt(sentenceAt), stage, null, null, null));
    }

    static String cleanName(String item) {
        String name = item.strip();
        String previous;
        do {
            previous = name;
            name = LEADING_VERB.matcher(name).replaceFirst("");
            name = TRAILING.matcher(name).replaceFirst("");
            name = STAGE_ENDING.matcher(name).replaceFirst("");
            name = name.replaceFirst("[(（](?:包括|含|其中)[^)）]*[)）]?$", "");
            name = name.strip();
        } while (!name.equals(previous));
        return name;
    }

    /** A project name: 3 to 40 characters, mostly Chinese, no figure or clause inside. */
    private static boolean isName(String name) {
        if (name.length() < 3 || name.length() > 40 || name.matches(".*[，,。；;].*")) {
            return false;
        }
        long han = name.codePoints().filter(Character::isIdeographic).count();
        // 等 inside a name means a list was read as one (墨子等4家实验室).
        return han >= 3 && !name.contains("等") && !name.matches(".*(\\d+(?:\\.\\d+)?(?:%|亿元|万元)).*")
                && !name.matches("^(?:一批|多个|若干|各类|重点|重大|其他).*");
    }

    private static String stage(String s, int from, int to) {
        String around = s.substring(Math.max(0, from - 12), Math.min(s.length(), to + 8));
        return stageWord(around);
    }

    /** The stage a wording states; PLANNED when it states none. */
    static String stageWord(String words) {
        if (words.matches(".*(投用|投产|投运|运营|开通|投入使用).*")) {
            return "IN_OPERATION";
        }
        if (words.matches(".*(建成|竣工|完工|通车).*")) {
            return "COMPLETED";
        }
        if (words.matches(".*(续建|加快推进|加快建设|在建).*")) {
            return "CONTINUING";
        }
        if (words.matches(".*(新开工|开工|启动建设|全面启动).*")) {
            return "STARTED";
        }
        if (words.matches(".*(签约|落地).*")) {
            return "SIGNED";
        }
        if (words.matches(".*(前期|谋划|储备).*")) {
            return "PREPARING";
        }
        return "PLANNED";
    }
}
