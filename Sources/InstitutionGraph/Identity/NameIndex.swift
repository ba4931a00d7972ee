import Foundation

/// Finds the institution (or group) a name refers to, the way announcements write names.
///
/// An entry is found by its id, by any of its names or by an alias, compared after
/// ``NameNormalizer``. A reference written as `Name(ABBR)` (for example `한국과학기술원(KAIST)`) is
/// also found by either part.
public struct NameIndex<Entry: Hashable> {
    /// What looking a name up found.
    public enum Match: Equatable {
        /// Exactly one entry.
        case found(Entry)
        /// Several entries share the name.
        case ambiguous([Entry])
        /// No entry (``suggestions(for:)`` gives the closest names, for "did you mean …").
        case notFound
    }

    private var byID: [String: Entry] = [:]
    private var byKey: [String: [Entry]] = [:]
    private var names: [String] = []

    public init() {}

    /// Makes `entry` findable by `id` and by every one of `names`.
    public mutating func add(_ entry: Entry, id: String, names: [String]) {
        byID[id] = byID[id] ?? entry
        for name in names + [id] {
            let key = NameNormalizer.key(for: name)
            guard !key.isEmpty else { continue }
            if !byKey[key, default: []].contains(entry) { byKey[key, default: []].append(entry) }
        }
        self.names.append(contentsOf: names)
    }

    /// The entries whose names normalise to the same key as `name`.
    public func entries(named name: String) -> [Entry] {
        byKey[NameNormalizer.key(for: name)] ?? []
    }

    /// Resolves `reference`.
    public func match(_ reference: String) -> Match {
        if let entry = byID[reference] { return .found(entry) }
        var candidates = entries(named: reference)
        if candidates.isEmpty, let (outer, inner) = Self.splitParenthetical(reference) {
            candidates = Array(Set(entries(named: outer) + entries(named: inner)))
        }
        switch candidates.count {
        case 0:
            return .notFound
        case 1:
            return .found(candidates[0])
        default:
            return .ambiguous(candidates)
        }
    }

    /// The names closest to `reference`, for "did you mean …" when it matched nothing.
    ///
    /// - Complexity: O(names × length²): call it to report an error, not on every lookup.
    public func suggestions(for reference: String) -> [String] {
        Suggestions.closest(to: reference, among: names, key: NameNormalizer.key(for:))
    }

    /// `("한국과학기술원", "KAIST")` for `한국과학기술원(KAIST)`; nil when the text is not of that form.
    static func splitParenthetical(_ text: String) -> (String, String)? {
        let folded = text.precomposedCompatibility
        guard folded.hasSuffix(")"), let open = folded.lastIndex(of: "(") else { return nil }
        let outer = folded[..<open].trimmingCharacters(in: .whitespaces)
        let inner = folded[folded.index(after: open)..<folded.index(before: folded.endIndex)]
            .trimmingCharacters(in: .whitespaces)
        guard !outer.isEmpty, !inner.isEmpty else { return nil }
        return (outer, inner)
    }
}

extension String {
    /// The text after Unicode NFKC (full-width brackets become ASCII ones, and so on).
    var precomposedCompatibility: String { precomposedStringWithCompatibilityMapping }
}
