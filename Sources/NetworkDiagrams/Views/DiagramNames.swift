import GraphvizRendering
import InstitutionGraph

/// Node ids, labels and tooltips shared by every view, so that a node keeps its id (and its SVG
/// `id`) whichever view draws it.
struct DiagramNames {
    let dataset: Dataset
    let language: Language
    let memberOf: [[Int]]
    /// For each institution drawn, how many consortia it is in, in the whole dataset, and the
    /// names of the first ``tooltipConsortia`` of them.
    private let consortiaInWhole: [(count: Int, names: [String])]
    /// The most consortia an institution's tooltip names (it says how many more there are).
    static let tooltipConsortia = 10
    /// For each consortium drawn, how many members it has in the whole dataset.
    private let membersInWhole: [Int]

    /// The names of `dataset`'s nodes, with counts and tooltips from `whole` when `dataset` is a
    /// part of it.
    init(_ dataset: Dataset, language: Language, whole: Dataset? = nil) {
        self.dataset = dataset
        self.language = language
        let memberOf = dataset.consortiaByInstitution()
        self.memberOf = memberOf
        let named = { (data: Dataset, consortia: [Int]) in
            (count: consortia.count, names: consortia.prefix(Self.tooltipConsortia).map { data.consortia[$0].name.preferred(language) })
        }
        guard let whole else {
            consortiaInWhole = memberOf.map { named(dataset, $0) }
            membersInWhole = dataset.consortia.map(\.members.count)
            return
        }
        let wholeMemberOf = whole.consortiaByInstitution()
        var institutionInWhole: [String: Int] = [:]
        for (index, institution) in whole.institutions.enumerated() { institutionInWhole[institution.id] = index }
        var consortiumInWhole: [String: Int] = [:]
        for (index, consortium) in whole.consortia.enumerated() { consortiumInWhole[consortium.id] = index }
        consortiaInWhole = dataset.institutions.indices.map { index in
            guard let inWhole = institutionInWhole[dataset.institutions[index].id] else { return named(dataset, memberOf[index]) }
            return named(whole, wholeMemberOf[inWhole])
        }
        membersInWhole = dataset.consortia.map { consortium in
            consortiumInWhole[consortium.id].map { whole.consortia[$0].members.count } ?? consortium.members.count
        }
    }

    /// How many consortia an institution is in, in the whole dataset.
    func consortiaCount(institution index: Int) -> Int { consortiaInWhole[index].count }

    /// How many members a consortium has, in the whole dataset.
    func memberCount(consortium index: Int) -> Int { membersInWhole[index] }

    /// `i-kaist`: an institution's node id, usable as an SVG `id` and a class name.
    func node(institution index: Int) -> String { "i-" + Self.token(dataset.institutions[index].id) }

    /// `c-naver-cloud-team`: a consortium's node id.
    func node(consortium index: Int) -> String { "c-" + Self.token(dataset.consortia[index].id) }

    /// The classes that let a page highlight an edge together with its two ends:
    /// `of-i-kaist of-c-naver-cloud-team`.
    func endpointClasses(_ tail: String, _ head: String) -> String { "of-\(tail) of-\(head)" }

    /// An id made fit for DOT, SVG `id`s and class names, one-to-one: letters and digits are kept,
    /// `_` becomes `__`, and every other character `_` + its hexadecimal code point + `_` (`Team A`
    /// gives `Team_20_A`), so that `A B`, `A_B` and `A?B` stay three ids. A `-` is kept except at
    /// either end or after another `-`, so a token never holds `--` and an edge id made of two
    /// tokens joined by `--` is one-to-one too.
    static func token(_ id: String) -> String {
        var token = ""
        let scalars = Array(id.unicodeScalars)
        for (position, scalar) in scalars.enumerated() {
            let character = Character(scalar)
            if scalar == "_" {
                token += "__"
            } else if scalar == "-", position > 0, position < scalars.count - 1, token.last != "-" {
                token += "-"
            } else if scalar != "-", character.isLetter || character.isNumber {
                token.unicodeScalars.append(scalar)
            } else {
                token += "_\(String(scalar.value, radix: 16, uppercase: true))_"
            }
        }
        return token
    }

    /// An institution's name in the label language, as Graphviz should draw it (``GraphvizText``).
    func label(institution index: Int) -> String { GraphvizText.literal(name(institution: index)) }

    private func name(institution index: Int) -> String { dataset.institutions[index].name.preferred(language) }

    /// The label broken into lines of about `width` terminal columns at spaces, for node boxes.
    func wrappedLabel(institution index: Int, width: Int = 24) -> String {
        var lines: [String] = []
        for word in name(institution: index).split(separator: " ") {
            if let last = lines.last, DisplayWidth.of(last) + 1 + DisplayWidth.of(word) <= width {
                lines[lines.count - 1] += " " + word
            } else {
                lines.append(String(word))
            }
        }
        return GraphvizText.literal(lines.joined(separator: "\n"))
    }

    /// A consortium's name in the label language, as Graphviz should draw it.
    func label(consortium index: Int) -> String { GraphvizText.literal(name(consortium: index)) }

    private func name(consortium index: Int) -> String { dataset.consortia[index].name.preferred(language) }

    /// `KAIST · 한국과학기술원 · university · NAVER Cloud consortium, Upstage consortium`.
    func tooltip(institution index: Int) -> String {
        let institution = dataset.institutions[index]
        var parts = names(institution.name)
        parts.append(InstitutionKind.displayName(of: institution.kind, in: language))
        let (count, consortia) = consortiaInWhole[index]
        if !consortia.isEmpty {
            let more = count - consortia.count
            let rest = more == 0 ? "" : language == .korean ? " 외 \(more.groupedDigits)개" : ", and \(more.groupedDigits) more"
            parts.append((language == .korean ? "참여: " : "in: ") + consortia.joined(separator: ", ") + rest)
        }
        return GraphvizText.literal(parts.joined(separator: " · "))
    }

    /// A consortium's names, lead and size.
    func tooltip(consortium index: Int) -> String {
        let consortium = dataset.consortia[index]
        var parts = names(consortium.name)
        if let lead = consortium.lead {
            parts.append((language == .korean ? "주관: " : "lead: ") + name(institution: lead))
        }
        let members = memberCount(consortium: index)
        parts.append(language == .korean ? "\(members)개 기관" : "\(members) institutions")
        return GraphvizText.literal(parts.joined(separator: " · "))
    }

    /// The name in the label language first, then the other one when it differs.
    private func names(_ name: LocalizedName) -> [String] {
        let first = name.preferred(language)
        return [first] + [name[language.other]].compactMap { $0 }.filter { $0 != first }
    }

    /// `university institution shared lead`: an institution node's SVG classes.
    func classes(institution index: Int) -> String {
        var classes = ["institution", dataset.institutions[index].kind.map { Self.token($0.rawValue) } ?? "unspecified", "is-" + node(institution: index)]
        if memberOf[index].count > 1 { classes.append("shared") }
        if dataset.consortia.contains(where: { $0.lead == index }) { classes.append("lead") }
        return classes.joined(separator: " ")
    }
}
