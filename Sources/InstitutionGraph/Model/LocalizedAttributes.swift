import OrderedCollections

/// Attributes given in two languages (`goal: {ko: …, en: …}` in YAML) are kept as two plain
/// attributes, `goal_ko` and `goal_en`, so that every export, roll-up and diff carries both as it
/// carries any attribute; readers show them as one, in their language.
public enum LocalizedAttributes {
    /// The key that holds `name`'s text in `language`: `goal_ko`, `goal_en`.
    public static func key(_ name: String, in language: Language) -> String {
        name + "_" + language.rawValue
    }

    /// `attributes` with each `NAME_ko` / `NAME_en` shown as one `NAME`, in `language` or else in
    /// the other, where the first of the two stood. A plain `NAME` given as well keeps its place,
    /// and the pair then keeps its own keys.
    ///
    /// - Complexity: O(attributes).
    public static func shown(_ attributes: OrderedDictionary<String, String>, in language: Language) -> OrderedDictionary<String, String> {
        var shown = OrderedDictionary<String, String>()
        for (key, value) in attributes {
            guard let name = name(of: key), attributes[name] == nil else {
                shown[key] = value
                continue
            }
            shown[name] = attributes[Self.key(name, in: language)] ?? value
        }
        return shown
    }

    /// `goal` for `goal_ko` or `goal_en`; `nil` for a key without a language suffix.
    private static func name(of key: String) -> String? {
        for language in Language.allCases {
            let suffix = "_" + language.rawValue
            if key.hasSuffix(suffix), key.count > suffix.count { return String(key.dropLast(suffix.count)) }
        }
        return nil
    }
}
