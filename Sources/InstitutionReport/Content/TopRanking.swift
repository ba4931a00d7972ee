/// The highest-scoring institutions of one measure, as the report's centrality table gathers them:
/// institutions that score nothing left out, and how many more tie with the last one shown.
///
/// Only the institutions that can reach the table are sorted by name, so a table of ten out of
/// two hundred thousand costs a sort of the scores, not of the names.
struct TopRanking {
    /// Scores closer than this are the same.
    static let tolerance = 1e-12

    /// The institutions shown, highest score first, then by name.
    let shown: [Int]
    /// Institutions beyond the table that tie with its last row.
    let tiedBeyond: Int

    /// The first `count` of `institutions` by score (highest first), then by name.
    init(count: Int, among institutions: Int, score: (Int) -> Double, name: (Int) -> String) {
        let scoring = (0..<institutions).filter { score($0) > Self.tolerance }
        // Every institution that can be shown, or tie with one shown, scores at least the
        // count-th highest score, less the tolerance.
        let threshold = scoring.map(score).sorted(by: >).prefix(count).last ?? 0
        let candidates = scoring.filter { score($0) >= threshold - Self.tolerance }
            .sorted { (score($1), name($0)) < (score($0), name($1)) }
        let table = Array(candidates.prefix(count))
        shown = table
        tiedBeyond = table.last.map { last in candidates.dropFirst(table.count).count { abs(score($0) - score(last)) <= Self.tolerance } } ?? 0
    }
}
