/// "Did you mean …" candidates for a word that matched nothing.
public enum Suggestions {
    /// Up to `limit` candidates closest to `word`, nearest first, among those close enough to be
    /// a plausible typo: at most a third of the longer word's characters differ (at least one may),
    /// and not all of them (`Z` does not suggest `A`).
    ///
    /// `key` maps each text to the form it is compared in (for names, their normalised key).
    public static func closest(
        to word: String, among candidates: [String], limit: Int = 3, key: (String) -> String = { $0.lowercased() }
    ) -> [String] {
        let target = key(word)
        let targetLength = target.count
        var scored: [(distance: Int, candidate: String)] = []
        var seen: Set<String> = []
        for candidate in candidates where seen.insert(candidate).inserted {
            let other = key(candidate)
            let otherLength = other.count
            let longer = max(targetLength, otherLength)
            // The distance is at least the difference in length: skip what cannot be close.
            guard abs(targetLength - otherLength) <= max(1, longer / 3) else { continue }
            let distance = EditDistance.between(target, other)
            if distance <= max(1, longer / 3), distance < longer { scored.append((distance, candidate)) }
        }
        scored.sort { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
        return scored.prefix(limit).map(\.candidate)
    }

    /// The single closest candidate, if any is close enough.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        closest(to: word, among: candidates, limit: 1).first
    }

    /// `did you mean 'A' or 'B'?`, or an empty string when there is nothing to suggest.
    public static func phrase(_ candidates: [String]) -> String {
        guard !candidates.isEmpty else { return "" }
        let quoted = candidates.map { "'\($0)'" }
        let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        return "did you mean \(list)?"
    }
}
