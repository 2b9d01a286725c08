package io.planmonitor.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Totals a document reports for a programme of projects: 选报项目455个、总投资5549.8亿元, 实施重点项目1000个以上、总投资…,
 * 接续开展4期“三个一批”活动; amounts kept in 亿元 as printed (converted exactly from 万亿元/万元), never summed.
 */
final class ProgrammeTotals {

    static final String RULE = "programme-total";
    private static final String AMOUNT = "(\\d+(?:\\.\\d+)?)(万亿元|亿元|万元)";
    /** 选报项目455个, 签约重点人才项目113个. */
    private static final Pattern COUNT_AFTER = Pattern.compile(
            "(?<name>[\\p{IsHan}“”]{0,14}?)项目(?<count>\\d+)(?:个|项)(?:以上)?");
    /** 等82个重大续建项目, 528个专项债券项目, 23个产业园区. */
    private static final Pattern COUNT_BEFORE = Pattern.compile(
            "(?<count>\\d+)(?:个|项)(?<name>[^，,。；;、0-9]{0,14}?)(?:项目|产业园区)");
    /** 新签约项目总额7797亿元: an amount without a count. */
    private static final Pattern AMOUNT_ONLY = Pattern.compile(
            "(?<name>[\\p{IsHan}]{0,10}?)项目(?:投资)?总额(?<count>)" + AMOUNT);
    private static final Pattern TOTAL_AMOUNT = Pattern.compile("^[^。；;]{0,10}?(?:总投资|总额|签约额|资金|投资)(?:约|超过|超)?" + AMOUNT);
    private static final Pattern COMPLETED = Pattern.compile("(?:完成投资|累计完成投资|完成)" + AMOUNT);
    private static final Pattern BATCHES = Pattern.compile("(\\d+|[一二三四五六七八九十])期“?三个一批”?");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");
    private static final Pattern SENTENCE = Pattern.compile("[^。；;！？!?\\n]+[。；;！？!?]?");

    private final SourceText text;
    private final Sections sections;
    private final DocumentContext context;

    ProgrammeTotals(SourceText text, Sections sections, DocumentContext context) {
        this.text = text;
        this.sections = sections;
        this.context = context;
    }

    List<Candidate> extract() {
        List<Candidate> out = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(text.normalized());
        while (sentence.find()) {
            String s = sentence.group();
            for (Pattern pattern : List.of(COUNT_AFTER, COUNT_BEFORE, AMOUNT_ONLY)) {
                Matcher m = pattern.matcher(s);
                while (m.find()) {
                    out.add(total(s, sentence.start(), m));
                }
            }
        }
        return out;
    }

    private Candidate total(String s, int offset, Matcher m) {
        int end = m.end();
        String amount = null;
        if (m.pattern() == AMOUNT_ONLY) {
            amount = yi(m.group(m.groupCount() - 1), m.group(m.groupCount()));
        } else {
            Matcher total = TOTAL_AMOUNT.matcher(s.substring(end));
            if (total.find()) {
                amount = yi(total.group(1), total.group(2));
                end += total.end();
            }
        }
        Matcher completed = COMPLETED.matcher(s.substring(end));
        String completedAmount = null;
        if (completed.find() && completed.start() < 16) {
            completedAmount = yi(completed.group(1), completed.group(2));
            end += completed.end();
        }
        Matcher batches = BATCHES.matcher(s.substring(0, m.start()));
        Integer batchCount = null;
        int start = m.start();
        String programme = m.group("name").replaceAll("[“”]", "")
                .replaceFirst("^(?:等|选报|实施|谋划储备|谋划|储备|滚动实施|签约|推介)", "");
        if (batches.find()) {
            BigDecimal n = batches.group(1).matches("\\d+") ? new BigDecimal(batches.group(1))
                    : ChineseNumerals.parseWhole(batches.group(1));
            batchCount = n == null ? null : n.intValue();
            start = batches.start();
            programme = "三个一批";
        } else if (s.contains("三个一批")) {
            programme = "三个一批";
        }
        // 三个一批 is the programme's own name; other names read as a kind of project (重点项目, 专项债券项目).
        if (!programme.equals("三个一批")) {
            programme = programme.isEmpty() ? "重点项目" : programme.endsWith("项目") ? programme : programme + "项目";
        }
        Matcher y = YEAR.matcher(s);
        int year = context.kind() == DocumentKind.STATISTICAL_BULLETIN ? context.endYear()
                : sections.modeAt(offset, context.defaultMode()) == Sections.Mode.RESULTS ? context.resultYear()
                : context.startYear();
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
        }
        String count = m.group("count");
        TotalReading reading = new TotalReading(programme, year, count.isEmpty() ? null : Integer.valueOf(count),
                batchCount, amount, completedAmount);
        return Candidate.of(text, text.originalOffset(offset + start), text.originalEnd(offset + end), RULE,
                sections.sectionAt(offset), reading);
    }

    private static String yi(String amount, String unit) {
        return Units.toYi(new BigDecimal(amount), unit).toPlainString();
    }
}
