package io.planmonitor.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures in running text: 地区生产总值增长7%左右, 总量超过1.36万亿元, 单位生产总值能耗下降13.5%. Each figure's indicator
 * is the wording between the clause's start (or the figure before it) and the verb; a wording that only says 总量 or
 * 增长 takes the subject of the figure before it in the sentence. Whether it is a target or a reported result follows
 * the part of the document it stands in (回顾 / 目标), unless the sentence itself says so (初步核算, 比上年 → result;
 * 力争, 预期目标 → target).
 */
final class ProseFigures {

    static final String TARGET_RULE = "prose-target";
    static final String RESULT_RULE = "prose-result";

    private static final Pattern SENTENCE = Pattern.compile("[^。；;！？!?\\n]+[。；;！？!?]?");
    private static final Pattern VERB = Pattern.compile(
            "(年均增长|年均增速|年均提高|年均下降|累计下降|累计增长|累计提高|累计减少|分别增长|分别下降|比上年增长|比上年下降|同比增长|同比下降|"
                    + "增长|增速|增幅|涨幅|上涨|提高到|提高至|提高|提升到|提升至|提升|下降到|下降至|下降|降低到|降低至|降低|减少|回落|"
                    + "达到|达|突破|超过|超|控制在|保持在|稳定在|不低于|不超过|低于|高于|完成|实现|增加到|增加至|增加|新增|为|至|到|占比|比重|"
                    + "提高了|下降了|增长了)?$");
    private static final Set<String> GENERIC = Set.of("", "总量", "总额", "规模", "增速", "增长", "总计", "合计", "占比",
            "比重", "分别", "同比", "比上年", "年均", "其中", "总数", "数量", "累计", "达", "达到");
    private static final Pattern RESULT_CUES = Pattern.compile("初步核算|比上年|较上年|同比|上年|过去一年|去年|过去五年|五年来|“十三五”时期|十三五期间|十三五末|“十三五”末|截至|截止");
    private static final Pattern TARGET_CUES = Pattern.compile("力争|预期目标|主要目标|目标是|目标为|确保|到(20\\d\\d)年");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");
    static final String COUNT_RULE = "prose-count-target";
    /** The verbs that set a count as a plan's target, at the end of the words before it. */
    private static final Pattern ACTION = Pattern.compile(
            "(?:完成|建成|建设|新建|打造|培育|创建|引进|新增|评定|改造提升|改造|筹集|分配|开行|落地|申报建设|推动建设|实施|"
                    + "开展|争创|组建|布局|招引|实现|达到|突破|超过|超|不少于|至少|每年|对全市)(?:了)?\\s*$");
    /** The object counted: the words after the count, to the clause's end. */
    private static final Pattern OBJECT = Pattern.compile("\\s*([^，,。；;、：:()（）0-9]{2,20})");
    private static final Pattern BOUNDARY = Pattern.compile("[，,、：:；;()（）]");

    private final SourceText text;
    private final Sections sections;
    private final DocumentContext context;
    private final IndicatorMatcher matcher;
    private final TableRows tables;

    ProseFigures(SourceText text, Sections sections, DocumentContext context, IndicatorMatcher matcher, TableRows tables) {
        this.text = text;
        this.sections = sections;
        this.context = context;
        this.matcher = matcher;
        this.tables = tables;
    }

    List<Candidate> extract() {
        List<Candidate> candidates = new ArrayList<>();
        String view = text.normalized();
        Matcher sentence = SENTENCE.matcher(view);
        boolean preliminaryParagraph = false;
        int paragraphStart = -1;
        while (sentence.find()) {
            int at = sentence.start();
            int paragraph = view.lastIndexOf('\n', at);
            if (paragraph != paragraphStart) {
                paragraphStart = paragraph;
                preliminaryParagraph = false;
            }
            String s = sentence.group();
            if (s.contains("初步核算")) {
                preliminaryParagraph = true;
            }
            if (tables.covers(text.originalOffset(at))) {
                continue;
            }
            readSentence(s, at, preliminaryParagraph, candidates);
        }
        return candidates;
    }

    private void readSentence(String s, int offset, boolean preliminary, List<Candidate> out) {
        Sections.Mode mode = sections.modeAt(offset, context.defaultMode());
        Matcher targetCue = TARGET_CUES.matcher(s);
        boolean targetCued = targetCue.find();
        if (mode == Sections.Mode.RESULTS && targetCued && futureYear(targetCue)) {
            mode = Sections.Mode.TARGETS;
        } else if (mode == Sections.Mode.TARGETS && context.kind() != DocumentKind.STATISTICAL_BULLETIN
                && RESULT_CUES.matcher(s).find() && !targetCued) {
            mode = Sections.Mode.RESULTS;
        }
        Matcher m = Figure.PATTERN.matcher(s);
        int clauseFrom = 0;
        String subject = null;
        while (m.find()) {
            Figure figure = Figure.at(m);
            int numberAt = m.start();
            if (skip(s, m, figure)) {
                if (mode == Sections.Mode.TARGETS) {
                    countedObject(s, offset, m, figure, out);
                }
                clauseFrom = m.end();
                continue;
            }
            int from = Math.max(clauseFrom, lastBoundary(s, numberAt));
            String before = s.substring(from, numberAt);
            Matcher verb = VERB.matcher(before);
            String verbWord = verb.find() && verb.group(1) != null ? verb.group(1) : "";
            String wording = before.substring(0, before.length() - verbWord.length());
            String cleaned = IndicatorMatcher.clean(wording);
            if ((GENERIC.contains(cleaned) || ideographs(cleaned) < 2) && subject == null) {
                // 工程技术研究中心(重点实验室)总量达到500家: the subject stands before the bracket.
                String bracketed = beforeBracket(s, from);
                if (ideographs(bracketed) >= 2 && !GENERIC.contains(bracketed)) {
                    cleaned = bracketed;
                }
            }
            if (GENERIC.contains(cleaned) || ideographs(cleaned) < 2) {
                if (subject == null) {
                    clauseFrom = m.end();
                    continue;
                }
                cleaned = subject;
            } else {
                subject = cleaned;
            }
            boolean percent = "%".equals(figure.unit()) || "‰".equals(figure.unit());
            boolean growth = percent && verbWord.matches(".*(增长|增速|增幅|涨幅|上涨|下降|降低|减少|回落|提高|提升).*")
                    && !verbWord.matches(".*(到|至)$") || cleaned.endsWith("增速") || cleaned.endsWith("增长");
            boolean falling = verbWord.matches(".*(下降|降低|减少|回落).*") && !verbWord.matches(".*(到|至)$");
            String value = falling ? figure.negated() : figure.value();
            String comparator = comparator(figure, verbWord, before);
            int start = text.originalOffset(offset + from + leadingSkip(before));
            int end = text.originalEnd(offset + m.end());
            String section = sections.sectionAt(offset);
            if (mode == Sections.Mode.TARGETS) {
                IndicatorMatch indicator = matcher.match(cleaned, figure.unit(), growth, null);
                out.add(Candidate.of(text, start, end, TARGET_RULE, section, new TargetReading(indicator, value,
                        figure.upperBound(), growth ? "%" : figure.unit(), targetForm(figure, growth, verbWord, cleaned),
                        comparator, before.contains("力争") || s.substring(0, numberAt).contains("力争"),
                        targetYear(s), context.startYear() - 1, null, attribute(s))));
            } else {
                IndicatorMatch indicator = matcher.match(cleaned, figure.unit(), growth, null);
                out.add(Candidate.of(text, start, end, RESULT_RULE, section, new ObservationReading(indicator, value,
                        growth ? "%" : figure.unit(), period(s.substring(0, numberAt), verbWord), growth,
                        status(s, preliminary))));
            }
            clauseFrom = m.end();
        }
    }

    /**
     * A plan's count of things to build or reach, the object after the count (完成145条支线路网道路建设, 新评定5条市级
     * 特色商业街, 培育3个省级以上产业集群): a target whose indicator is the object, when an action verb leads to the count.
     */
    private void countedObject(String s, int offset, Matcher m, Figure figure, List<Candidate> out) {
        String before = s.substring(lastBoundary(s, m.start()), m.start());
        Matcher verb = ACTION.matcher(before);
        if (!verb.find() || !Units.isCount(figure.unit().replaceFirst("^(万亿|亿|万|千)", ""))) {
            return;
        }
        Matcher object = OBJECT.matcher(s);
        object.region(m.end(), s.length());
        if (!object.lookingAt()) {
            return;
        }
        String wording = object.group(1).replaceFirst("(?:的)?(?:建设|工作|任务|创建|试点|升级|功能建设)+$", "");
        if (wording.codePoints().filter(Character::isIdeographic).count() < 2) {
            return;
        }
        int start = text.originalOffset(offset + lastBoundary(s, m.start()) + leadingSkip(before));
        int end = text.originalEnd(offset + object.end(1));
        IndicatorMatch indicator = matcher.match(wording, figure.unit(), false, null);
        out.add(Candidate.of(text, start, end, COUNT_RULE, sections.sectionAt(offset), new TargetReading(indicator,
                figure.value(), figure.upperBound(), figure.unit(), "LEVEL", comparator(figure, verb.group(), before),
                before.contains("力争"), targetYear(s), context.startYear() - 1, null, attribute(s))));
    }

    /** Numbers that are not figures of an indicator: ranks (第3位), counts that name what follows (21条街区), 前30名. */
    private static boolean skip(String s, Matcher m, Figure figure) {
        int at = m.start();
        char previous = at > 0 ? s.charAt(at - 1) : ' ';
        if (previous == '第' || previous == '前' || previous == '近') {
            return true;
        }
        String unit = figure.unit().replaceFirst("^(万亿|亿|万|千)", "");
        if (Units.isCount(unit) || unit.equals("位") || unit.equals("名")) {
            int after = m.end();
            if (after < s.length()) {
                char next = s.charAt(after);
                boolean ends = "，,。；;、)）：:和及与等".indexOf(next) >= 0 || s.startsWith("左右", after)
                        || s.startsWith("以上", after);
                return !ends;
            }
        }
        return s.startsWith("倍", m.end());
    }

    private static long ideographs(String words) {
        return words.codePoints().filter(Character::isIdeographic).count();
    }

    /** The cleaned words before the bracket that closes just before {@code from}, or "". */
    private static String beforeBracket(String s, int from) {
        if (from < 1 || ")）".indexOf(s.charAt(from - 1)) < 0) {
            return "";
        }
        int open = Math.max(s.lastIndexOf('(', from - 1), s.lastIndexOf('（', from - 1));
        return open <= 0 ? "" : IndicatorMatcher.clean(s.substring(lastBoundary(s, open), open));
    }

    private static int lastBoundary(String s, int before) {
        int last = 0;
        Matcher b = BOUNDARY.matcher(s);
        while (b.find() && b.start() < before) {
            last = b.end();
        }
        return last;
    }

    /** Spaces and connecting punctuation at the wording's start are left out of the quote. */
    private static int leadingSkip(String before) {
        int i = 0;
        while (i < before.length() && " ，,、：:".indexOf(before.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static String comparator(Figure figure, String verb, String before) {
        if (figure.comparator() != null) {
            return figure.comparator();
        }
        if (verb.matches("突破|超过|超|不低于|高于") || before.endsWith("以上")) {
            return "AT_LEAST";
        }
        if (verb.matches("控制在|不超过|低于")) {
            return "AT_MOST";
        }
        return "EXACT";
    }

    private String targetForm(Figure figure, boolean growth, String verb, String wording) {
        if ("个百分点".equals(figure.unit())) {
            return "PERCENTAGE_POINT_CHANGE";
        }
        if (growth) {
            if (verb.startsWith("年均")) {
                return "AVERAGE_ANNUAL_GROWTH";
            }
            if (verb.startsWith("累计") || context.kind().isMultiYear() && verb.matches(".*(下降|降低|减少)")) {
                return "CUMULATIVE_CHANGE";
            }
            return context.kind().isMultiYear() ? "AVERAGE_ANNUAL_GROWTH" : "ANNUAL_GROWTH";
        }
        if ("%".equals(figure.unit()) || "‰".equals(figure.unit())) {
            return "SHARE";
        }
        return "LEVEL";
    }

    private boolean futureYear(Matcher cue) {
        return cue.group(1) == null || Integer.parseInt(cue.group(1)) >= context.startYear();
    }

    private int targetYear(String s) {
        Matcher y = YEAR.matcher(s);
        int year = context.endYear();
        while (y.find()) {
            int stated = Integer.parseInt(y.group(1));
            if (stated >= context.startYear() && stated <= context.endYear() + 10) {
                year = stated;
            }
        }
        return year;
    }

    private String period(String before, String verb) {
        int year = context.resultYear();
        Matcher y = YEAR.matcher(before);
        while (y.find()) {
            int stated = Integer.parseInt(y.group(1));
            if (stated <= context.endYear()) {
                year = stated;
            }
        }
        if (before.contains("两年累计")) {
            return (year - 1) + "-" + year;
        }
        if (before.contains("五年") || before.contains("十三五") && (verb.startsWith("年均") || before.contains("累计"))) {
            return (year - 4) + "-" + year;
        }
        return Integer.toString(year);
    }

    private String status(String s, boolean preliminaryParagraph) {
        if (s.contains("预计")) {
            return "ESTIMATED";
        }
        if (s.contains("初步核算") || preliminaryParagraph) {
            return "PRELIMINARY";
        }
        return switch (context.kind()) {
            case GOVERNMENT_WORK_REPORT, ANNUAL_PLAN -> "PRELIMINARY";
            default -> "FINAL";
        };
    }

    private static String attribute(String s) {
        return s.contains("约束性") ? "BINDING" : s.contains("预期性") ? "EXPECTED" : null;
    }
}
