import InstitutionGraph

/// How many seeded Louvain runs the report's communities are the best of, as the communities
/// section says it: ten on a small projection, fewer on a large one (``ShortestPathBudget/louvainWork``).
enum CommunityRunsText {
    /// The runs a projection within the budget gets.
    static let full = LouvainOptions().trials

    /// "the best of ten seeded runs"; "the best of 4 seeded runs (ten on a smaller projection)".
    static func english(_ runs: Int) -> String {
        switch runs {
        case full: "the best of ten seeded runs"
        case 1: "one seeded run (ten on a smaller projection)"
        default: "the best of \(runs) seeded runs (ten on a smaller projection)"
        }
    }

    /// "시드를 고정한 10회 실행 중 최선"; fewer runs say that a smaller projection gets ten.
    static func korean(_ runs: Int) -> String {
        switch runs {
        case full: "시드를 고정한 10회 실행 중 최선"
        case 1: "시드를 고정한 1회 실행, 더 작은 투영 그래프에서는 10회"
        default: "시드를 고정한 \(runs)회 실행 중 최선, 더 작은 투영 그래프에서는 10회"
        }
    }
}
