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
            "([^，,。；;：:]{2,}?)等(?:[0-9]+|[一二三四五六七八九十百]+)?(?:个|项|批|一批)?(?:重大|重点|市重点|省重点)?(?:续建|新开工|前期|在建|产业|基础设施|民生|社会|文旅|交通|水利)?(?:项目|工程|片区|重点项目|重大项目)");
    /** One project named with its stage: the name must end like a project does. */
    private static final Pattern NAMED = Pattern.compile(
            "([\\p{IsHan}A-Za-z0-9·()（）“”\\-]{2,30}?(?:项目|工程|基地|产业园|园区|中心|研究院|实验室|装置|高铁|铁路|机场|水库|水厂|"
                    + "污水处理厂|隧道|大桥|医院|学校|博物馆|体育馆|场馆|大道|快速路|高速|[0-9一二三四五六七八九十]+号线(?:[一二三四五六七八九十]期)?(?:工程)?|"
                    + "[一二三四五六七八九十]期))"
                    + "(建成投用|建成投产|建成投运|建成运营|开通运营|开通运行|建成通车|正式投用|投入使用|开工建设|开工|基本建成|建成|投用|投产|"
                    + "主体完工|完工|启动建设|全面启动|加快推进|加快建设|落地|签约)");
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(?:[▲——\\-\\s]|加快推进|加快建设|加快实施|全力推进|积极推进|大力推进|持续推进|重点推进|推进|推动|实施|新开工|开工建设|开工|"
                    + "建成投用|建成|续建|谋划|谋划建设|谋划实施|启动|建设|完成|抓好|重点抓好|做好|打造|争取|确保|力争|新建|支持|包括|如|其中|以及|和|及)+");
    private static final Pattern TRAILING = Pattern.compile(
            "(?:项目建设|提升建设|等项目|建设工程|建设|项目|提升|工程建设)$");

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
        Matcher sentence = SENTENCE.matcher(view);
        while (sentence.find()) {
            String s = sentence.group();
            int offset = sentence.start();
            String box = sections.boxAt(offset);
            boolean projectBox = box != null && box.matches(".*(项目|工程).*") && !box.contains("指标");
            Matcher list = CLOSED_LIST.matcher(s);
            int consumed = 0;
            while (list.find()) {
                addList(s, offset, list.start(1), list.end(1), stage(s, list.start(), list.end()),
                        projectBox ? BOX_RULE : LIST_RULE, seen, out);
                consumed = list.end();
            }
            if (projectBox && consumed == 0 && !s.startsWith("——") && s.contains("、")) {
                addList(s, offset, 0, s.length() - (s.endsWith("。") ? 1 : 0), stage(s, 0, s.length()), BOX_RULE, seen, out);
            }
            Matcher named = NAMED.matcher(s);
            while (named.find()) {
                if (named.start() < consumed) {
                    continue;
                }
                String name = cleanName(named.group(1));
                if (isName(name) && seen.add(name)) {
                    out.add(candidate(offset + named.start(1) + (named.group(1).length() - named.group(1).stripLeading().length()),
                            offset + named.end(2), name, stageWord(named.group(2)), offset, NAMED_RULE));
                }
            }
        }
        return out;
    }

    private void addList(String s, int offset, int from, int to, String stage, String rule, Set<String> seen,
            List<Candidate> out) {
        String list = s.substring(from, to);
        int cut = Math.max(list.lastIndexOf('。'), list.lastIndexOf(':'));
        int at = from + (cut >= 0 ? cut + 1 : 0);
        for (String item : s.substring(at, to).split("、")) {
            int itemAt = s.indexOf(item, at);
            at = itemAt + item.length() + 1;
            String name = cleanName(item);
            if (!isName(name) || !seen.add(name)) {
                continue;
            }
            int nameAt = s.indexOf(name, itemAt);
            int start = offset + (nameAt >= 0 ? nameAt : itemAt);
            out.add(candidate(start, start + (nameAt >= 0 ? name.length() : item.length()), name, stage, offset, rule));
        }
    }

    private Candidate candidate(int start, int end, String name, String stage, int sentenceAt, String rule) {
        int from = text.originalOffset(start);
        int to = text.originalEnd(end);
        return Candidate.of(text, from, to, rule, sections.sectionAt(sentenceAt),
                new ProjectReading(name, sections.sectorAt(sentenceAt), stage, null, null, null));
    }

    static String cleanName(String item) {
        String name = item.strip();
        String previous;
        do {
            previous = name;
            name = LEADING_VERB.matcher(name).replaceFirst("");
            name = TRAILING.matcher(name).replaceFirst("");
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
        return han >= 3 && !name.matches(".*(\\d+(?:\\.\\d+)?(?:%|亿元|万元)).*")
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
