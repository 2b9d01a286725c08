package io.planmonitor.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The extractor's rules on short texts written for this test (made-up figures in the genre's wording, not quotes of
 * a real document): every candidate's quote is the document's text at its offsets.
 */
class ExtractorTest {

    private static final List<CatalogueEntry> CATALOGUE = List.of(
            new CatalogueEntry("gdp", "地区生产总值", "亿元", List.of("生产总值")),
            new CatalogueEntry("gdp-growth", "地区生产总值增长率", "%", List.of("地区生产总值增速")),
            // A longer name ending with 地区生产总值, in a money unit too: the level must not be read as it.
            new CatalogueEntry("per-capita-gdp", "人均地区生产总值", "元", List.of("人均生产总值")),
            new CatalogueEntry("forest-coverage", "森林覆盖率", "%", List.of()));

    private final Extractor extractor = new Extractor(CATALOGUE);

    @Test
    void resultsOfTheReviewPartAndTargetsOfThePlanPart() {
        String text = "一、2025年工作回顾\n初步核算，全市地区生产总值增长6.1%、总量突破1.2万亿元，新增企业1 234家。\n"
                + "二、2026年主要目标\n地区生产总值增长6%左右，森林覆盖率达到35%以上，力争研发投入强度提高0.2个百分点。\n";
        List<Candidate> candidates = extractor.extract(text, new DocumentContext(DocumentKind.GOVERNMENT_WORK_REPORT, 2026, 2026));
        candidates.forEach(c -> assertEquals(text.substring(c.start(), c.end()), c.quote()));

        List<Candidate> results = candidates.stream().filter(c -> c.kind() == CandidateKind.OBSERVATION).toList();
        assertEquals(3, results.size(), results.toString());
        ObservationReading growth = results.get(0).observation();
        assertEquals("gdp-growth", growth.indicator().indicatorId());
        assertEquals("6.1", growth.value());
        assertEquals("2025", growth.period());
        assertEquals("PRELIMINARY", growth.status());
        ObservationReading level = results.get(1).observation();
        assertEquals("gdp", level.indicator().indicatorId());
        assertEquals("1.2", level.value());
        assertEquals("万亿元", level.unit());
        assertEquals("1234", results.get(2).observation().value());
        assertNull(results.get(2).observation().indicator().indicatorId());
        assertEquals("新增企业", results.get(2).observation().indicator().proposedName());

        List<Candidate> targets = candidates.stream().filter(c -> c.kind() == CandidateKind.TARGET).toList();
        assertEquals(3, targets.size(), targets.toString());
        assertEquals("ABOUT", targets.get(0).target().comparator());
        assertEquals("ANNUAL_GROWTH", targets.get(0).target().form());
        assertEquals("gdp-growth", targets.get(0).target().indicator().indicatorId());
        assertEquals("AT_LEAST", targets.get(1).target().comparator());
        assertEquals("SHARE", targets.get(1).target().form());
        assertEquals("PERCENTAGE_POINT_CHANGE", targets.get(2).target().form());
        assertTrue(targets.get(2).target().stretch());
        assertEquals(2026, targets.get(2).target().targetYear());
    }

    @Test
    void tableRowsFlattenedOneCellPerLine() {
        String text = "专栏1 发展指标\n\t序号\n\t指标名称\n\t单位\n\t2025年基数\n\t2030年目标\n\t年均增长（%）\n\t属性\n\n"
                + "\t1\n\t地区生产总值增长率\n\t%\n\t6\n\t-\n\t6左右\n\t预期性\n\n"
                + "\t2\n\t森林覆盖率\n\t%\n\t33\n\t35\n\t\n\t约束性\n\n"
                + "\t3\n\t人均绿地面积\n\t平方米\n\t#\n\tXX\n\t-\n\t预期性\n";
        List<Candidate> rows = extractor.extract(text, new DocumentContext(DocumentKind.FIVE_YEAR_PLAN_OUTLINE, 2026, 2030))
                .stream().filter(c -> TableRows.RULE.equals(c.rule())).toList();
        assertEquals(3, rows.size(), rows.toString());
        TargetReading growth = rows.get(0).target();
        assertEquals("AVERAGE_ANNUAL_GROWTH", growth.form());
        assertEquals("6", growth.value());
        assertEquals("ABOUT", growth.comparator());
        assertEquals("6", growth.baselineValue());
        assertEquals(2025, growth.baselineYear());
        assertEquals(2030, growth.targetYear());
        TargetReading forest = rows.get(1).target();
        assertEquals("forest-coverage", forest.indicator().indicatorId());
        assertEquals("SHARE", forest.form());
        assertEquals("35", forest.value());
        assertEquals("BINDING", forest.attribute());
        assertNull(rows.get(2).target().value(), "XX is not set, never 0");
        assertNull(rows.get(2).target().baselineValue());
    }

    @Test
    void aPlanCountsTheThingsItWillBuildAndASubjectMayStandBeforeABracket() {
        String text = "二、2026年主要目标\n完成145条支线道路建设，新评定5条市级特色商业街，新增5万个公共停车泊位；"
                + "工程技术研究中心(重点实验室)总量达到500家。\n";
        List<Candidate> targets = extractor.extract(text, new DocumentContext(DocumentKind.ANNUAL_PLAN, 2026, 2026))
                .stream().filter(c -> c.kind() == CandidateKind.TARGET).toList();
        assertEquals(List.of("145", "5", "5", "500"), targets.stream().map(c -> c.target().value()).toList());
        assertEquals(List.of("支线道路", "市级特色商业街", "公共停车泊位", "工程技术研究中心"),
                targets.stream().map(c -> c.target().indicator().proposedName()).toList());
        assertEquals("万个", targets.get(2).target().unit());
        targets.forEach(c -> assertEquals(text.substring(c.start(), c.end()), c.quote()));
    }

    @Test
    void projectBoxesListByClauseAndNameTheProjectAHeadDescribes() {
        String text = "专栏3：“十四五”市政基础设施重大项目\n"
                + "——供水工程。甲镇第一水厂（包括取水口、输水管线等子项目）、乙镇水厂新建等新建项目，丙水厂二期扩建项目，"
                + "丁一路、戊二路等道路供水管网改造工程。\n"
                + "——甲镇安置房建设项目。甲村、乙村等安置区建设。\n"
                + "——老旧小区改造。12个老旧小区改造工程，共计33栋、925户。\n"
                + "第二节 其他\n";
        List<Candidate> projects = extractor.extract(text, new DocumentContext(DocumentKind.FIVE_YEAR_PLAN_OUTLINE, 2021,
                2025)).stream().filter(c -> c.kind() == CandidateKind.PROJECT).toList();
        assertEquals(List.of("甲镇第一水厂", "乙镇水厂", "丙水厂二期扩建", "丁一路", "戊二路", "甲镇安置房建设项目", "12个老旧小区改造工程"),
                projects.stream().map(c -> c.project().name()).toList(),
                "the box title is no project; a 、 inside brackets separates nothing; a head followed by a description is the project; figures after "
                        + "a named project describe it");
        assertEquals("市政基础设施", projects.get(0).project().sector());
        projects.forEach(c -> assertEquals(text.substring(c.start(), c.end()), c.quote()));
    }

    @Test
    void projectsAndProgrammeTotals() {
        String text = "加快推进甲市第一污水处理厂、乙区科创中心等12个重大续建项目建设；乙县人民医院建成投用。"
                + "接续开展3期“三个一批”活动，选报项目120个、总投资860.5亿元。\n";
        List<Candidate> candidates = extractor.extract(text, new DocumentContext(DocumentKind.ANNUAL_PLAN, 2026, 2026));
        List<ProjectReading> projects = candidates.stream().filter(c -> c.kind() == CandidateKind.PROJECT)
                .map(Candidate::project).toList();
        assertEquals(List.of("甲市第一污水处理厂", "乙区科创中心", "乙县人民医院"),
                projects.stream().map(ProjectReading::name).toList());
        assertEquals("CONTINUING", projects.get(0).stage());
        assertEquals("IN_OPERATION", projects.get(2).stage());
        TotalReading total = candidates.stream().filter(c -> c.kind() == CandidateKind.PROGRAMME_TOTAL)
                .map(Candidate::total).filter(t -> Integer.valueOf(120).equals(t.projectCount())).findFirst().orElseThrow();
        assertEquals("三个一批", total.programme());
        assertEquals(3, total.batchCount());
        assertEquals("860.5", total.totalInvestment());
    }

    @Test
    void chineseNumeralsAndUnits() {
        assertEquals("35", ChineseNumerals.parseWhole("三十五").toPlainString());
        assertEquals("120", ChineseNumerals.parseWhole("一百二十").toPlainString());
        assertEquals("33.33", ChineseNumerals.fractionAsPercent("三分之一").toPlainString());
        assertEquals("100", ChineseNumerals.doublingAsGrowth("翻一番").toPlainString());
        assertEquals("1360000000000", Units.toYuan(new java.math.BigDecimal("1.36"), "万亿元").toPlainString());
        assertEquals(0, Units.factor("万亿元", "亿元").compareTo(new java.math.BigDecimal("10000")));
        assertNull(Units.factor("万人", "亿元"));
    }
}
