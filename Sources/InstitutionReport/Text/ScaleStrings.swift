import Foundation
import InstitutionGraph
import NetworkDiagrams

/// The report's one-line notes on what a large dataset's sections leave out, sample or estimate,
/// in Korean and English.
struct ScaleStrings: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    private func text(_ english: String, _ korean: String) -> String { language == .korean ? korean : english }

    /// A count with thousands separators: 35,000.
    func number(_ value: Int) -> String { value.groupedDigits }

    /// A work estimate such as 1.4 × 10¹⁰.
    func magnitude(_ value: Double) -> String {
        guard value >= 10 else { return String(format: "%.0f", value) }
        let exponent = Int(log10(value).rounded(.down))
        let mantissa = value / pow(10, Double(exponent))
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let power = String(String(exponent).map { superscripts[Int(String($0))!] })
        return String(format: "%.1f", mantissa) + " × 10" + power
    }

    func consortiaShown(_ shown: Int, of total: Int) -> String {
        text(
            "The \(number(shown)) largest of \(number(total)) consortia are shown.",
            "컨소시엄 \(number(total))개 중 가장 큰 \(number(shown))개를 보여 줍니다.")
    }

    func sharedShown(_ shown: Int, of total: Int) -> String {
        text(
            "The \(number(shown)) institutions in the most consortia, of \(number(total)) shared, are shown.",
            "공유 기관 \(number(total))곳 중 가장 많은 컨소시엄에 참여한 \(number(shown))곳을 보여 줍니다.")
    }

    func pairsShown(_ shown: Int, of total: Int, downloaded: Int) -> String {
        let download =
            downloaded < total
            ? text(
                " The download holds the \(number(downloaded)) that share most; `instgraph overlap --top N --format csv` lists more.",
                " 내려받기에는 가장 많이 공유하는 \(number(downloaded))쌍이 있습니다. 더 많은 쌍은 `instgraph overlap --top N --format csv`로 볼 수 있습니다.")
            : ""
        return text(
            "The \(number(shown)) pairs that share most, of \(number(total)) pairs of consortia that share an institution, are shown.",
            "기관을 공유하는 컨소시엄 쌍 \(number(total))개 중 가장 많이 공유하는 \(number(shown))쌍을 보여 줍니다.") + download
    }

    /// The line that links every institution's scores, on the report's one or two graphs.
    func everyScore(_ institutions: Int, graphs: Int) -> String {
        graphs == 2
            ? text(
                "Every score of all \(number(institutions)) institutions, on both graphs:",
                "기관 \(number(institutions))곳 모두의 두 그래프 중심성 값:")
            : text(
                "Every score of all \(number(institutions)) institutions:",
                "기관 \(number(institutions))곳 모두의 중심성 값:")
    }

    /// The line under a centrality block whose betweenness was estimated.
    func betweennessEstimated(_ sampling: BetweennessSampling, work: Double, limit: Double) -> String {
        let approximation = sampling.approximation
        return text(
            "Betweenness is estimated from \(number(sampling.sampleCount)) sampled shortest paths: every score is within \(approximation.epsilon) of the exact one (standard scale) with probability \(approximation.confidence), seed \(approximation.seed). The exact computation (work ≈ nodes × edges = \(magnitude(work)), above the \(magnitude(limit)) computed exactly) is what `--exact` asks for.",
            "매개 중심성은 표본 최단 경로 \(number(sampling.sampleCount))개로 추정했습니다: 각 값은 확률 \(approximation.confidence)로 정확한 값(표준 척도)과 \(approximation.epsilon) 이내입니다(시드 \(approximation.seed)). 정확한 계산(작업량 ≈ 노드 × 간선 = \(magnitude(work)), 정확히 계산하는 한도 \(magnitude(limit)) 초과)은 `--exact`로 요청할 수 있습니다."
        )
    }

    /// The line under a centrality block whose closeness and harmonic were estimated.
    func closenessEstimated(_ sampling: ClosenessSampling, work: Double, limit: Double) -> String {
        let approximation = sampling.approximation
        return text(
            "Closeness and harmonic centrality are estimated from breadth-first searches out of \(number(sampling.sampleCount)) sampled nodes per large component (\(number(sampling.estimatedNodeCount)) nodes estimated, the rest exact): with probability \(approximation.confidence) every mean distance is within \(approximation.epsilon) × the diameter and every normalised harmonic score within \(approximation.epsilon), seed \(approximation.seed). Work ≈ \(magnitude(work)), above the \(magnitude(limit)) computed exactly; `--exact` computes them exactly.",
            "근접·조화 중심성은 큰 연결 요소마다 표본 노드 \(number(sampling.sampleCount))개에서의 너비 우선 탐색으로 추정했습니다(추정 노드 \(number(sampling.estimatedNodeCount))개, 나머지는 정확): 확률 \(approximation.confidence)로 모든 평균 거리는 지름 × \(approximation.epsilon) 이내, 정규화 조화 중심성은 \(approximation.epsilon) 이내입니다(시드 \(approximation.seed)). 작업량 ≈ \(magnitude(work))로 정확히 계산하는 한도 \(magnitude(limit)) 초과이며, `--exact`로 정확히 계산할 수 있습니다."
        )
    }

    func efficiencyEstimated(_ sources: Int) -> String {
        text(
            "Efficiency is estimated from breadth-first searches out of \(number(sources)) sampled institutions, the same before and after every drop; `--exact` computes it from every institution.",
            "효율성은 표본 기관 \(number(sources))곳에서의 너비 우선 탐색으로 추정했습니다(모든 제외에 같은 표본). `--exact`로 모든 기관에서 계산할 수 있습니다.")
    }

    func projectionSkipped(_ refusal: ProjectionTooLarge) -> String {
        text(
            "Skipped: the institutions projection would hold up to \(number(refusal.pairBound)) pairs, more than \(number(refusal.limit)); the largest consortia make it (see the consortia above).",
            "생략: 기관 투영 그래프가 최대 \(number(refusal.pairBound))쌍으로 한도 \(number(refusal.limit))를 넘습니다. 가장 큰 컨소시엄 때문입니다(위 컨소시엄 참조).")
    }

    func brokersShown(_ shown: Int, of total: Int) -> String {
        text(
            "The \(number(shown)) best-placed of \(number(total)) institutions that broker between partners are shown.",
            "파트너 사이를 중개하는 기관 \(number(total))곳 중 가장 유리한 \(number(shown))곳을 보여 줍니다.")
    }

    func communitiesShown(_ shown: Int, of total: Int) -> String {
        text(
            "The \(number(shown)) largest of \(number(total)) communities with more than one institution are shown; the download gives every institution's community.",
            "기관이 둘 이상인 커뮤니티 \(number(total))개 중 가장 큰 \(number(shown))개를 보여 줍니다. 내려받기에 모든 기관의 커뮤니티가 있습니다.")
    }

    func communityTrials(_ trials: Int, of usual: Int) -> String {
        text(
            "At this size Louvain ran \(trials) times rather than \(usual), and the best partition is shown; `instgraph communities --trials \(usual)` runs all \(usual).",
            "이 규모에서는 Louvain을 \(usual)번 대신 \(trials)번 실행해 가장 좋은 분할을 보여 줍니다. `instgraph communities --trials \(usual)`는 \(usual)번 모두 실행합니다.")
    }

    func whatIfLargest(_ shown: Int, of total: Int) -> String {
        text(
            "The \(number(shown)) largest of \(number(total)) consortia are dropped in turn; `instgraph whatif --each` drops every one.",
            "컨소시엄 \(number(total))개 중 가장 큰 \(number(shown))개를 하나씩 빼 보았습니다. 전부는 `instgraph whatif --each`로 볼 수 있습니다.")
    }

    func diagramPart(_ view: GraphKind, _ part: Report.DiagramPart) -> String {
        let command =
            "`instgraph render --view \(view.rawValue)" + (part.top.map { " --top \($0)" } ?? "")
            + (part.minimumWeight.map { " --min-weight \($0)" } ?? "") + "`"
        var what = part.top.map { [language == .korean ? koreanPart(view, $0) : englishPart(view, $0)] } ?? []
        if let weight = part.minimumWeight {
            let shared = view == .consortia ? text("institutions", "기관") : text("consortia", "컨소시엄")
            what.append(text("the ties of \(weight) or more shared \(shared)", "공유 \(shared)이 \(weight)개 이상인 연결"))
        }
        return text(
            "Drawn in part, as \(command) draws it: \(what.joined(separator: ", with ")).",
            "\(command)처럼 일부만 그렸습니다: \(what.joined(separator: ", ")).")
    }

    func warningsShown(_ shown: Int, of total: Int) -> String {
        text(
            "The first \(number(shown)) of \(number(total)) warnings are listed; `instgraph validate` lists them all.",
            "경고 \(number(total))개 중 처음 \(number(shown))개를 보여 줍니다. 전부는 `instgraph validate`로 볼 수 있습니다.")
    }

    func fullTable(_ label: String) -> String { text("Full table (CSV): \(label)", "전체 표(CSV): \(label)") }

    func downloadsLeftOut(gexf: Bool, projection: Bool, twoMode: Bool) -> String {
        var parts: [String] = []
        if twoMode {
            parts.append(
                text(
                    "the two-mode graph (`instgraph export --graph bipartite -o FILE.graphml`)",
                    "2-모드 그래프(`instgraph export --graph bipartite -o FILE.graphml`)"))
        }
        if gexf { parts.append(text("GEXF (`instgraph export --graph bipartite -o FILE.gexf`)", "GEXF(`instgraph export --graph bipartite -o FILE.gexf`)")) }
        if projection {
            parts.append(
                text(
                    "the institutions projection (`instgraph export --graph institutions -o FILE.graphml`)",
                    "기관 투영 그래프(`instgraph export --graph institutions -o FILE.graphml`)"))
        }
        let whole =
            twoMode
            ? text("The consortia CSV holds every membership.", "컨소시엄 CSV에 모든 참여 관계가 있습니다.")
            : text("The two-mode GraphML holds the whole dataset.", "2-모드 GraphML에 데이터 전체가 있습니다.")
        return text("Left out at this size: \(parts.joined(separator: "; ")). \(whole)", "이 규모에서는 제외: \(parts.joined(separator: "; ")). \(whole)")
    }

    /// Why the report offers no graph files: two ids differ only in characters XML cannot write.
    var graphFilesUnwritable: String {
        text(
            "Left out: the GraphML and GEXF files, because two ids (or attribute names) differ only in control characters, which XML cannot write. `instgraph export -o FILE.graphml` names them; `instgraph export -o FILE.json` keeps them apart.",
            "제외: GraphML과 GEXF 파일. 두 ID(또는 속성 이름)가 XML로 쓸 수 없는 제어 문자로만 다르기 때문입니다. `instgraph export -o FILE.graphml`이 그 이름을 알려 주고, `instgraph export -o FILE.json`은 둘을 구별해 보존합니다."
        )
    }

    private func englishPart(_ view: GraphKind, _ top: Int) -> String {
        switch view {
        case .bipartite: "the \(top) institutions in the most consortia and the \(top) consortia that hold most of them"
        case .institutions: "the \(top) institutions in the most consortia"
        case .consortia: "the \(top) largest consortia"
        }
    }

    private func koreanPart(_ view: GraphKind, _ top: Int) -> String {
        switch view {
        case .bipartite: "가장 많은 컨소시엄에 참여한 기관 \(top)곳과 그 기관이 가장 많이 속한 컨소시엄 \(top)개"
        case .institutions: "가장 많은 컨소시엄에 참여한 기관 \(top)곳"
        case .consortia: "가장 큰 컨소시엄 \(top)개"
        }
    }

    /// A list of names cut at `limit`: the first, then how many more.
    func listed(_ names: [String], limit: Int = ReportLimits.namesPerCell) -> String {
        guard names.count > limit else { return names.joined(separator: ", ") }
        let more = names.count - limit
        return names.prefix(limit).joined(separator: ", ") + text(" … and \(number(more)) more", " … 외 \(number(more))곳")
    }
}
