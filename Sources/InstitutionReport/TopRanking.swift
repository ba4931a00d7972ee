/// The highest-scoring institutions of one measure, as a report's top-ten table shows them:
/// institutions that score nothing left out, ties sharing a rank ("3="), and how many more tie
/// with the last one shown.
///
/// Only the institutions that can reach the table are sorted by name, so a table of ten out of
/// two hundred thousand costs a sort of the scores, not of the names.
struct TopRanking {
    struct Entry {
        let index: Int
        let rank: Int
        /// Whether another institution has the same score.
        let tied: Bool
    }

    /// Scores closer than this are the same.
    static let tolerance = 1e-12

    let shown: [Entry]
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
        let table = candidates.prefix(count)
        shown = table.enumerated().map { position, index in
            let rank = 1 + candidates.prefix(position).count { score($0) - score(index) > Self.tolerance }
            let tied = candidates.contains { $0 != index && abs(score($0) - score(index)) <= Self.tolerance }
            return Entry(index: index, rank: rank, tied: tied)
        }
        tiedBeyond = table.last.map { last in candidates.dropFirst(table.count).count { abs(score($0) - score(last)) <= Self.tolerance } } ?? 0
    }
}
