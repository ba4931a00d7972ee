import InstitutionGraph

/// Every fixed text of the report, in Korean and English, stored so that templates can read them.
struct ReportStrings: Sendable {
    let language: Language
    let htmlLanguage: String
    let source: String
    let asOf: String
    let contents: String
    let countsTitle: String
    let consortiaCount: String
    let institutionsCount: String
    let membershipsCount: String
    let componentsCount: String
    let sharedCount: String
    let consortiaTitle: String
    let consortium: String
    let lead: String
    let size: String
    let byKind: String
    let goal: String
    let support: String
    let members: String
    let sharedTitle: String
    let sharedIntro: String
    let sharedNone: String
    let institution: String
    let kind: String
    let count: String
    let memberOf: String
    let overlapTitle: String
    let overlapIntro: String
    let overlapTooLarge: String
    let consortiumA: String
    let consortiumB: String
    let pairShared: String
    let sharedInstitutions: String
    let jaccard: String
    let centralityTitle: String
    let centralityIntro: String
    let twoMode: String
    let projection: String
    let twoModeNote: String
    let projectionNote: String
    let rank: String
    let rankBy: String
    let score: String
    let diagramsTitle: String
    let diagramsIntro: String
    let zoomIn: String
    let zoomOut: String
    let zoomReset: String
    let qualityTitle: String
    let location: String
    let message: String

    init(_ language: Language) {
        self.language = language
        let pick = { (english: String, korean: String) in language == .korean ? korean : english }
        htmlLanguage = language.rawValue
        source = pick("Source", "출처")
        asOf = pick("As of", "기준일")
        contents = pick("Contents", "목차")
        countsTitle = pick("At a glance", "개요")
        consortiaCount = pick("consortia", "컨소시엄")
        institutionsCount = pick("institutions", "기관")
        membershipsCount = pick("memberships", "참여 관계")
        componentsCount = pick("connected components", "연결 요소")
        sharedCount = pick("institutions in 2+ consortia", "2개 이상 컨소시엄 참여 기관")
        consortiaTitle = pick("Consortia", "컨소시엄")
        consortium = pick("Consortium", "컨소시엄")
        lead = pick("Lead", "주관기관")
        size = pick("Size", "규모")
        byKind = pick("Members by kind", "유형별 참여 기관")
        goal = pick("Model and goal", "모델과 목표")
        support = pick("Support", "지원")
        members = pick("Members", "참여 기관")
        sharedTitle = pick("Shared institutions", "공유 기관")
        sharedIntro = pick("Institutions that take part in more than one consortium.", "둘 이상의 컨소시엄에 참여하는 기관입니다.")
        sharedNone = pick("No institution takes part in more than one consortium.", "둘 이상의 컨소시엄에 참여하는 기관이 없습니다.")
        institution = pick("Institution", "기관")
        kind = pick("Kind", "유형")
        count = pick("Consortia", "컨소시엄 수")
        memberOf = pick("Member of", "참여 컨소시엄")
        overlapTitle = pick("Overlap between consortia", "컨소시엄 간 중복")
        overlapIntro = pick(
            "Each cell counts the institutions two consortia share (the diagonal: each consortium's size). Hover a cell for the Jaccard index |A∩B| / |A∪B|.",
            "각 칸은 두 컨소시엄이 공유하는 기관 수입니다(대각선은 컨소시엄 규모). 칸 위에 마우스를 올리면 자카드 지수 |A∩B| / |A∪B|를 볼 수 있습니다.")
        overlapTooLarge = pick(
            "There are too many consortia for a matrix; the pairs that share the most are listed.",
            "컨소시엄이 많아 행렬 대신 가장 많이 공유하는 쌍을 보여 줍니다.")
        consortiumA = pick("Consortium A", "컨소시엄 A")
        consortiumB = pick("Consortium B", "컨소시엄 B")
        pairShared = pick("Shared", "공유 기관 수")
        sharedInstitutions = pick("Shared institutions", "공유 기관")
        jaccard = pick("Jaccard", "자카드")
        centralityTitle = pick("Who is central", "중심성")
        centralityIntro = pick(
            "The ten institutions that score highest on each measure. Two-mode: consortia and institutions as one graph, scaled as Borgatti & Everett (networkx.algorithms.bipartite). Projection: institutions linked when they share a consortium, scaled as NetworkX's standard functions.",
            "측정값별 상위 10개 기관입니다. 2-모드: 컨소시엄과 기관을 하나의 그래프로 보고 Borgatti & Everett 방식(networkx.algorithms.bipartite)으로 정규화했습니다. 투영: 같은 컨소시엄에 참여한 기관끼리 연결하고 NetworkX 표준 방식으로 정규화했습니다."
        )
        twoMode = pick("Two-mode graph (bipartite normalisation)", "2-모드 그래프 (2-모드 정규화)")
        twoModeNote = pick(
            "Harmonic, eigenvector and PageRank have no two-mode normalisation and are computed as NetworkX's standard functions. Eigenvector centrality on a disconnected graph is that of the largest eigenvalue: a smaller component scores zero. Closeness is not ranked here: in a consortium that shares no institution with the others, two-mode closeness counts only its own small part of the graph, exceeds 1 and ranks its members first. Harmonic centrality, the sum of 1/distance to every other node (0 for a node out of reach), measures the same nearness across separate parts; instgraph centrality --graph bipartite still gives closeness.",
            "조화·고유벡터·페이지랭크 중심성은 2-모드 정규화가 없어 NetworkX 표준 방식으로 계산했습니다. 분리된 그래프의 고유벡터 중심성은 최대 고유값 기준이라 작은 연결 요소는 0이 됩니다. 근접 중심성은 여기서 순위를 매기지 않습니다. 다른 컨소시엄과 공유 기관이 없는 컨소시엄에서는 2-모드 근접 중심성이 그 작은 부분만 세어 1을 넘고 그 구성원을 맨 앞에 둡니다. 다른 모든 노드까지 거리의 역수를 더한(닿지 않는 노드는 0) 조화 중심성이 분리된 부분을 가로질러 같은 가까움을 잽니다. 근접 중심성은 instgraph centrality --graph bipartite 명령으로 볼 수 있습니다."
        )
        projectionNote = pick(
            "Betweenness and closeness count hops; PageRank and eigenvector use shared consortia as tie strengths.",
            "매개·근접 중심성은 단계 수로, 페이지랭크와 고유벡터 중심성은 공유 컨소시엄 수를 연결 강도로 계산했습니다.")
        projection = pick("Institutions projection (standard normalisation)", "기관 투영 그래프 (표준 정규화)")
        rank = pick("#", "순위")
        rankBy = pick("Rank by", "순위 기준")
        score = pick("Score", "값")
        diagramsTitle = pick("Diagrams", "네트워크 그림")
        diagramsIntro = pick(
            "Hover or click an institution or a consortium to highlight it and its ties in every diagram; click again to release. Use the buttons to zoom.",
            "기관이나 컨소시엄에 마우스를 올리거나 클릭하면 모든 그림에서 그 관계가 강조됩니다. 다시 클릭하면 해제됩니다. 버튼으로 확대·축소할 수 있습니다.")
        zoomIn = pick("Zoom in", "확대")
        zoomOut = pick("Zoom out", "축소")
        zoomReset = pick("Fit", "맞춤")
        qualityTitle = pick("Data quality", "데이터 품질")
        location = pick("Where", "위치")
        message = pick("Warning", "경고")
    }

    private func text(_ english: String, _ korean: String) -> String { language == .korean ? korean : english }

    /// Names for the attributes the bundled dataset uses; others keep the dataset's own key.
    func attributeName(_ key: String) -> String {
        switch key {
        case "model": text("Model", "모델")
        case "goal": text("Goal", "목표")
        case "support": text("Government support", "정부 지원")
        default: key
        }
    }

    /// The note under a top-10 table cut through a tie.
    func tiedBeyond(_ count: Int) -> String {
        text("… and \(count) more tied with the last", "… 마지막과 같은 값인 기관 \(count)곳 더")
    }

    /// The footer's line: `Generated by instgraph 0.1.0 on 2026-11-30`.
    func generated(version: String, on day: String?) -> String {
        switch (language, day) {
        case (.korean, let day?): "instgraph \(version)\(KoreanParticle.via(after: version)) \(day)에 생성"
        case (.korean, nil): "instgraph \(version)\(KoreanParticle.via(after: version)) 생성"
        case (_, let day?): "Generated by instgraph \(version) on \(day)"
        case (_, nil): "Generated by instgraph \(version)"
        }
    }

    func measureName(_ measure: CentralityMeasure) -> String { measure.displayName(in: language) }

    func measureMeaning(_ measure: CentralityMeasure) -> String {
        switch measure {
        case .degree: text("How many ties it has: consortia joined, or partners met.", "연결 수: 참여한 컨소시엄 또는 함께하는 기관의 수.")
        case .betweenness: text("How often it lies on the shortest path between two others: a broker between groups.", "다른 두 노드 사이 최단 경로에 놓이는 빈도: 집단 사이의 중개자.")
        case .closeness:
            text("How near it is to everyone it can reach (Wasserman–Faust for disconnected graphs).", "도달 가능한 모든 노드와의 가까움 (분리된 그래프는 Wasserman–Faust 보정).")
        case .harmonic: text("The sum of 1/distance to every other node; unreachable nodes add nothing.", "다른 모든 노드까지 거리의 역수 합; 도달할 수 없는 노드는 0.")
        case .eigenvector: text("Ties to well-tied institutions count more (leading eigenvector, unit length).", "잘 연결된 기관과의 연결에 가중치 (주 고유벡터, 단위 길이).")
        case .pageRank: text("The share of time a random walker spends there, jumping anywhere 15% of the time.", "무작위 이동자가 머무는 시간의 비율 (15% 확률로 임의 이동).")
        }
    }

    func viewTitle(_ view: String) -> String {
        switch view {
        case "bipartite": text("Consortia and their members", "컨소시엄과 참여 기관")
        case "institutions": text("Institutions that share a consortium", "같은 컨소시엄에 참여하는 기관")
        default: text("Consortia that share institutions", "기관을 공유하는 컨소시엄")
        }
    }

    func kindName(_ kind: InstitutionKind?) -> String { InstitutionKind.displayName(of: kind, in: language) }

    /// The data-quality section's line when there is no warning: every name in both languages
    /// is claimed only when every institution has both (a dataset in one language is not warned
    /// about it).
    static func qualityClean(_ institutions: [Institution], language: Language) -> String {
        let korean = institutions.contains { $0.name.korean != nil }
        let english = institutions.contains { $0.name.english != nil }
        if institutions.allSatisfy({ $0.name.korean != nil && $0.name.english != nil }) {
            return language == .korean
                ? "경고 없음: 모든 이름이 확인되었고, 중복 의심 기관이 없으며, 모든 이름이 두 언어로 있습니다."
                : "No warnings: every name resolved, no probable duplicates, every name in both languages."
        }
        if language == .korean {
            let names = !korean ? "이름은 영어로만 되어 있습니다." : !english ? "이름은 한국어로만 되어 있습니다." : "일부 이름은 한 언어로만 되어 있습니다."
            return "경고 없음: 모든 이름이 확인되었고, 중복 의심 기관이 없습니다. " + names
        }
        let names = !korean ? "Names are in English only." : !english ? "Names are in Korean only." : "Some names are in one language only."
        return "No warnings: every name resolved, no probable duplicates. " + names
    }
}
