import InstitutionGraph

/// The lines of a report made from an institutions projection that the Spark job computed
/// (`spark/instgraph_spark.py`): where each section's numbers were computed, and what the page
/// leaves out for want of the membership table, in Korean and English.
struct ProjectionStrings: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    private func text(_ english: String, _ korean: String) -> String { language == .korean ? korean : english }

    /// The line under the lead: what the report was made from and what it leaves out.
    var leftOut: String {
        text(
            "This report was made from an institutions projection that Apache Spark computed from the membership table (spark/instgraph_spark.py), not from the table itself. The consortia, the two-mode graph, the what-if section and the diagrams of consortia need the table and are left out.",
            "이 보고서는 참여 관계 표 자체가 아니라, Apache Spark가 그 표에서 계산한 기관 투영 그래프(spark/instgraph_spark.py)로 만들었습니다. 컨소시엄 카드, 2-모드 그래프, ‘컨소시엄이 빠진다면’ 절과 컨소시엄 그림은 참여 관계 표가 있어야 하므로 뺐습니다."
        )
    }

    /// Under the counts: counted on Spark, or (without the job's `summary.csv`) from the
    /// projection alone.
    func counts(fromJob: Bool) -> String {
        fromJob
            ? text("Counted on Spark, over the whole membership table.", "Spark에서 참여 관계 표 전체를 세었습니다.")
            : text(
                "The projection came without the job's counts (summary.csv): these are counted from its node table.",
                "투영 그래프에 작업의 집계(summary.csv)가 없어 노드 표에서 세었습니다.")
    }

    var shared: String {
        text(
            "Counted on Spark (the projection's node table). Which consortia each institution is in is listed in the job's shared/ table.",
            "Spark에서 세었습니다(투영 그래프의 노드 표). 기관마다 참여한 컨소시엄은 작업의 shared/ 표에 있습니다.")
    }

    func overlap(_ pairs: Int) -> String {
        text(
            "Listed on Spark (the job's overlap.csv): the \(pairs.groupedDigits) pairs of consortia that share most institutions.",
            "Spark에서 뽑았습니다(작업의 overlap.csv): 기관을 가장 많이 공유하는 컨소시엄 \(pairs.groupedDigits)쌍.")
    }

    /// The centrality section's introduction: the projection alone.
    var centralityIntro: String {
        text(
            "The ten institutions that score highest on each measure, on the institutions projection (institutions linked when they share a consortium), scaled as NetworkX's standard functions.",
            "측정값별 상위 10개 기관입니다. 기관 투영 그래프(같은 컨소시엄에 참여한 기관끼리 연결)에서 NetworkX 표준 방식으로 정규화했습니다.")
    }

    /// The communities section's introduction, for the best of `runs` Louvain runs: no
    /// consortia to compare with.
    func communitiesIntro(runs: Int) -> String {
        text(
            "Louvain community detection on the institutions projection (weight: shared consortia), \(CommunityRunsText.english(runs)).",
            "기관 투영 그래프(공유 컨소시엄 수 가중치)에 루뱅(Louvain) 커뮤니티 탐지를 적용했습니다(\(CommunityRunsText.korean(runs))).")
    }

    /// Under the centrality, brokerage, communities and diagram sections.
    var computedHere: String {
        text(
            "Computed by instgraph on the projection Spark wrote.",
            "Spark가 쓴 투영 그래프에서 instgraph가 계산했습니다.")
    }

    /// Under the communities: no consortia to compare them with.
    var communitiesWithoutConsortia: String {
        text(
            "Computed by instgraph on the projection Spark wrote; without the consortia, communities are not compared with them.",
            "Spark가 쓴 투영 그래프에서 instgraph가 계산했습니다. 컨소시엄이 없으므로 컨소시엄과 비교하지 않았습니다.")
    }

    /// Under the downloads, when the projection is too large to embed as GraphML (or as GEXF).
    func exportsLeftOut(graphML: Bool) -> String {
        graphML
            ? text(
                "Left out at this size: the projection as GraphML and GEXF (`instgraph export FOLDER --graph institutions -o FILE.graphml` writes it).",
                "이 규모에서는 제외: 투영 그래프의 GraphML과 GEXF(`instgraph export FOLDER --graph institutions -o FILE.graphml`로 쓸 수 있습니다).")
            : text(
                "Left out at this size: GEXF (`instgraph export FOLDER --graph institutions -o FILE.gexf` writes it).",
                "이 규모에서는 제외: GEXF(`instgraph export FOLDER --graph institutions -o FILE.gexf`로 쓸 수 있습니다).")
    }

    /// The lead paragraph's first sentence.
    func size(institutions: Int, ties: Int, consortia: Int?, memberships: Int?) -> String {
        let from = consortia.flatMap { consortia in memberships.map { (consortia, $0) } }
        if language == .korean {
            return "Spark에서 계산한 기관 투영 그래프입니다: 기관 \(institutions.groupedDigits)곳, 연결 \(ties.groupedDigits)개"
                + (from.map { "(컨소시엄 \($0.0.groupedDigits)개의 참여 관계 \($0.1.groupedDigits)건에서)" } ?? "") + "."
        }
        return "An institutions projection computed on Spark: \(institutions.groupedDigits) institutions and \(ties.groupedDigits) ties"
            + (from.map { ", from \($0.1.groupedDigits) memberships in \($0.0.groupedDigits) consortia" } ?? "") + "."
    }

    /// The lead paragraph's sentence on the most shared institutions.
    func sharing(names: String, count: Int, most: Int, shared: Int) -> String {
        guard shared > 0 else {
            return text("No institution is in more than one consortium.", "둘 이상의 컨소시엄에 참여하는 기관은 없습니다.")
        }
        return language == .korean
            ? "\(names)\(KoreanParticle.topic(after: names)) 컨소시엄 \(most.groupedDigits)개에 참여하며, 둘 이상에 참여하는 기관은 \(shared.groupedDigits)곳입니다."
            : "\(names) \(count == 1 ? "is" : "are") in \(most.groupedDigits) consortia; \(shared.groupedDigits) institution\(shared == 1 ? " is" : "s are") in more than one."
    }

    /// The lead paragraph's sentence on the pair that overlaps most.
    func largestOverlap(_ pair: ListedOverlap) -> String {
        language == .korean
            ? "가장 많이 겹치는 쌍은 \(pair.first)\(KoreanParticle.and(after: pair.first)) \(pair.second)\(KoreanParticle.via(after: pair.second)), 기관 \(pair.shared.groupedDigits)곳을 공유합니다."
            : "The largest overlap: \(pair.first) and \(pair.second) share \(pair.shared.groupedDigits) institution\(pair.shared == 1 ? "" : "s")."
    }
}
