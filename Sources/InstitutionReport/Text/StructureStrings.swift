import InstitutionGraph

/// The fixed texts of the report's sections on structure and change: what-if, brokerage,
/// communities, downloads and changes since an earlier version, in Korean and English.
struct StructureStrings: Sendable {
    let whatIfTitle: String
    let whatIfIntro: String
    let dropped: String
    let orphaned: String
    let noLongerShared: String
    let overlapsLost: String
    let tiesLost: String
    let components: String
    let efficiency: String
    let brokerageTitle: String
    let brokerageIntro: String
    let partners: String
    let effectiveSize: String
    let efficiencyRatio: String
    let constraint: String
    let coordinator: String
    let itinerant: String
    let gatekeeper: String
    let liaison: String
    let brokersNone: String
    let communitiesTitle: String
    let community: String
    let size: String
    let mostlyFrom: String
    let members: String
    let downloadsTitle: String
    let downloadsIntro: String
    let changesTitle: String
    let changesIntro: String
    let count: String
    let before: String
    let after: String
    let added: String
    let removed: String
    let renamed: String
    let joined: String
    let left: String
    let lead: String
    let consortium: String
    let institution: String
    let none: String
    let noChanges: String
    let consortiaChanged: String
    let institutionsChanged: String
    let membersChanged: String
    let sharedChanged: String

    init(_ language: Language) {
        let pick = { (english: String, korean: String) in language == .korean ? korean : english }
        whatIfTitle = pick("What if a consortium were dropped", "컨소시엄이 빠진다면")
        whatIfIntro = pick(
            "Each consortium dropped in turn, most damaging first: institutions left in no consortium, institutions that stop linking consortia, overlapping pairs that disappear, ties between institutions lost, components of the network, and the change in global efficiency of the institutions projection (over the same institutions before and after).",
            "각 컨소시엄을 하나씩 뺐을 때의 영향입니다(영향이 큰 순서). 어느 컨소시엄에도 남지 않는 기관, 더 이상 컨소시엄을 잇지 않는 기관, 사라지는 중복 쌍, 끊기는 기관 간 연결, 네트워크의 연결 요소, 기관 투영 그래프의 전역 효율성 변화(같은 기관 집합 기준)를 보여 줍니다."
        )
        dropped = pick("Dropped", "제외 컨소시엄")
        orphaned = pick("Orphaned", "고립 기관")
        noLongerShared = pick("No longer shared", "공유 해제 기관")
        overlapsLost = pick("Overlaps lost", "사라진 중복")
        tiesLost = pick("Ties lost", "끊긴 연결")
        components = pick("Components", "연결 요소")
        efficiency = pick("Efficiency change", "효율성 변화")
        brokerageTitle = pick("Brokers", "중개자")
        brokerageIntro = pick(
            "On the institutions projection, ties weighted by shared consortia. Effective size: partners less their redundancy (Burt); efficiency: effective size per partner; constraint: how closed the partners are around the institution (low for a broker). Roles count the pairs of untied partners an institution stands between, by kind: coordinator (all three of one kind), itinerant (partners of one kind, broker of another), gatekeeper/representative (broker shares its kind with one partner; the same pairs on undirected ties), liaison (three kinds). Values as NetworkX's effective_size and constraint; listed: the institutions that broker at least one pair.",
            "기관 투영 그래프(공유 컨소시엄 수를 가중치로 사용)에서 계산했습니다. 유효 크기: 중복을 뺀 협력 기관 수(Burt), 효율성: 협력 기관당 유효 크기, 제약: 협력 기관끼리 얼마나 닫혀 있는지(중개자는 낮음). 역할은 서로 연결되지 않은 두 협력 기관 사이에 선 횟수를 유형별로 셉니다: 조정자(셋 모두 같은 유형), 순회자(양끝이 같은 유형, 중개자는 다른 유형), 문지기/대표자(중개자가 한쪽과 같은 유형; 방향 없는 관계에서는 같은 쌍), 연락자(셋 모두 다른 유형). NetworkX의 effective_size, constraint와 같은 값이며, 한 쌍 이상을 중개하는 기관만 보여 줍니다."
        )
        partners = pick("Partners", "협력 기관")
        effectiveSize = pick("Effective size", "유효 크기")
        efficiencyRatio = pick("Efficiency", "효율성")
        constraint = pick("Constraint", "제약")
        coordinator = pick("Coordinator", "조정자")
        itinerant = pick("Itinerant", "순회자")
        gatekeeper = pick("Gatekeeper / representative", "문지기/대표자")
        liaison = pick("Liaison", "연락자")
        brokersNone = pick(
            "No institution stands between two partners that are not tied to each other: the consortia share no one.",
            "서로 연결되지 않은 두 협력 기관 사이에 선 기관이 없습니다: 컨소시엄끼리 공유하는 기관이 없습니다.")
        communitiesTitle = pick("Communities", "커뮤니티")
        community = pick("Community", "커뮤니티")
        size = pick("Size", "규모")
        mostlyFrom = pick("Mostly from", "주된 컨소시엄")
        members = pick("Members", "구성 기관")
        downloadsTitle = pick("Download the network", "네트워크 내려받기")
        downloadsIntro = pick(
            "The graphs in this report, for Gephi, Cytoscape, NetworkX or igraph: names in both languages, kinds, sides (bipartite 0 for consortia, 1 for institutions) and weights.",
            "이 보고서의 그래프를 Gephi, Cytoscape, NetworkX, igraph에서 열 수 있습니다. 두 언어의 이름, 유형, 구분(bipartite: 컨소시엄 0, 기관 1), 가중치가 들어 있습니다.")
        changesTitle = pick("Changes since", "이전 대비 변화")
        changesIntro = pick(
            "Institutions are matched through their ids, names and aliases, so a renamed institution counts as renamed, not as removed and added.",
            "기관은 id, 이름, 별칭으로 대응시켰습니다. 이름이 바뀐 기관은 삭제·추가가 아니라 이름 변경으로 표시됩니다.")
        count = pick("Count", "항목")
        before = pick("Before", "이전")
        after = pick("Now", "현재")
        added = pick("Added", "추가")
        removed = pick("Removed", "삭제")
        renamed = pick("Renamed", "이름 변경")
        joined = pick("Joined", "합류")
        left = pick("Left", "이탈")
        lead = pick("Lead", "주관기관")
        consortium = pick("Consortium", "컨소시엄")
        institution = pick("Institution", "기관")
        none = pick("none", "없음")
        noChanges = pick("No consortium, institution or membership changed.", "컨소시엄, 기관, 참여 관계에 변화가 없습니다.")
        consortiaChanged = pick("Consortia", "컨소시엄")
        institutionsChanged = pick("Institutions", "기관")
        membersChanged = pick("Members who joined or left", "합류·이탈 기관")
        sharedChanged = pick("Shared institutions", "공유 기관 변화")
    }

    /// The communities section's introduction, for the best of `runs` Louvain runs.
    static func communitiesIntro(runs: Int, language: Language) -> String {
        language == .korean
            ? "기관 투영 그래프(공유 컨소시엄 수 가중치)에 루뱅(Louvain) 커뮤니티 탐지를 적용했습니다(\(CommunityRunsText.korean(runs))). 컨소시엄과의 일치도는 참여 관계 기준 컨소시엄과 커뮤니티의 정규화 상호정보량입니다(1: 커뮤니티가 곧 컨소시엄)."
            : "Louvain community detection on the institutions projection (weight: shared consortia), \(CommunityRunsText.english(runs)). Agreement with consortia is the normalised mutual information between consortium and community over memberships (1: communities are the consortia)."
    }
}
