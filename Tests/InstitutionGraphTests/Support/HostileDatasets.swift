import InstitutionGraph
import OrderedCollections

/// Random datasets that use every field the model has, filled with text that exchange formats
/// must escape, for round-trip tests. Reproducible from a seed.
enum HostileDatasets {
    /// Text that breaks careless writers: quotes, backslashes, markup, entities, Hangul, emoji,
    /// line breaks, the ends of XML sections and of processing instructions, and the `c:`/`i:`
    /// prefixes of the two-mode graph's ids.
    static let texts = [
        "\"double\" and 'single'", #"back\slash \n \u0041"#, "<script>alert(1)</script>", "&amp; &lt; & <",
        "서울대학교 산학협력단", "👩‍👩‍👧 emoji 🎉", "line\nbreak\r\nand\ttab", "  spaces around  ", "]]> ?> -->",
        "c:i:prefixed", "", "{\"json\": [1, 2]}", "ＦＵＬＬ　ｗｉｄｔｈ", "e\u{301} and é", "\u{7F}\u{85}\u{2028}",
    ]

    /// Names of attributes, including every name the exports use themselves and the prefix that
    /// keeps the dataset's own apart from them.
    static let attributeNames = [
        "country", "label", "kind", "side", "bipartite", "name", "id", "attr_x", "attr_", "weight", "role", "source",
        "target", "via", "key", "members", "consortia", "aliases", "url", "notes", "parent", "name_ko", "국가",
        "with space", "quote\"d", "<tag>", "",
    ]

    /// Control characters and the noncharacters U+FFFE and U+FFFF, which XML 1.0 cannot hold but
    /// JSON can.
    static let controls = ["\u{1}bell\u{7}", "nul\u{0}", "\u{1B}[31m", "\u{FFFF}non\u{FFFE}"]

    /// A dataset of 3 to 8 institutions, 0 to 2 groups and 1 to 4 consortia with random names,
    /// kinds, aliases, parents, URLs, notes, attributes, roles and membership attributes.
    ///
    /// - Parameter controlCharacters: whether texts may hold control characters other than tab
    ///   and line breaks.
    static func make(seed: UInt64, controlCharacters: Bool = false) -> Dataset {
        var random = SeededRandom(seed: seed)
        let pool = texts + (controlCharacters ? controls : [])
        let text = { (random: inout SeededRandom) in pool[Int.random(in: 0..<pool.count, using: &random)] }
        let maybe = { (random: inout SeededRandom) -> String? in Bool.random(using: &random) ? text(&random) : nil }
        let name = { (random: inout SeededRandom) -> LocalizedName in
            switch Int.random(in: 0..<3, using: &random) {
            case 0: LocalizedName(korean: text(&random))
            case 1: LocalizedName(english: text(&random))
            default: LocalizedName(korean: text(&random), english: text(&random))
            }
        }
        let attributes = { (random: inout SeededRandom) -> OrderedDictionary<String, String> in
            var result: OrderedDictionary<String, String> = [:]
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                result[attributeNames[Int.random(in: 0..<attributeNames.count, using: &random)]] = text(&random)
            }
            return result
        }

        let groups = (0..<Int.random(in: 0...2, using: &random)).map { index in
            InstitutionGroup(
                id: "g\(index) \(text(&random))", name: name(&random), aliases: (0..<Int.random(in: 0...2, using: &random)).map { _ in text(&random) })
        }
        let count = Int.random(in: 3...8, using: &random)
        let ids = (0..<count).map { "\(text(&random))#i\($0)" }
        let kinds: [InstitutionKind?] = [nil, .university, .company, .researchInstitute, .public, InstitutionKind(rawValue: "kind <\"x\">")]
        let institutions = ids.enumerated().map { index, id in
            let parents = ids.filter { $0 != id } + groups.map(\.id)
            return Institution(
                id: id, name: name(&random), kind: kinds[Int.random(in: 0..<kinds.count, using: &random)],
                aliases: (0..<Int.random(in: 0...3, using: &random)).map { _ in text(&random) },
                parent: Bool.random(using: &random) ? parents[Int.random(in: 0..<parents.count, using: &random)] : nil,
                url: maybe(&random), notes: maybe(&random), attributes: attributes(&random))
        }
        let consortia = (0..<Int.random(in: 1...4, using: &random)).map { index in
            // Some consortia share their id with an institution: the c: and i: prefixes keep them apart.
            let id = index == 0 ? ids[0] : "\(text(&random))#c\(index)"
            let chosen = Array(0..<count).shuffled(using: &random)
            let hasLead = Bool.random(using: &random)
            let members = chosen.prefix(Int.random(in: 0...min(4, count), using: &random)).enumerated().map { position, institution in
                var membership: [String: String] = [:]
                for _ in 0..<Int.random(in: 0...2, using: &random) {
                    membership[attributeNames[Int.random(in: 0..<attributeNames.count, using: &random)]] = text(&random)
                }
                return Membership(institution: institution, role: hasLead && position == 0 ? .lead : .member, attributes: membership)
            }
            return Consortium(id: id, name: name(&random), members: members, attributes: attributes(&random))
        }
        let source =
            Bool.random(using: &random)
            ? DatasetSource(
                title: LocalizedName(korean: maybe(&random), english: text(&random)),
                publisher: maybe(&random).map { LocalizedName(korean: $0, english: maybe(&random)) },
                url: maybe(&random), date: maybe(&random)) : nil
        return Dataset(
            title: LocalizedName(korean: maybe(&random), english: text(&random)), source: source, asOf: maybe(&random),
            institutions: institutions, groups: groups, consortia: consortia)
    }
}
