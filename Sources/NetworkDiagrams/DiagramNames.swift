import InstitutionGraph

/// Node ids, labels and tooltips shared by every view, so that a node keeps its id (and its SVG
/// `id`) whichever view draws it.
struct DiagramNames {
    let dataset: Dataset
    let language: Language
    let memberOf: [[Int]]

    init(_ dataset: Dataset, language: Language) {
        self.dataset = dataset
        self.language = language
        self.memberOf = dataset.consortiaByInstitution()
    }

    /// `i-kaist`: an institution's node id, usable as an SVG `id` and a class name.
    func node(institution index: Int) -> String { "i-" + Self.token(dataset.institutions[index].id) }

    /// `c-naver-cloud-team`: a consortium's node id.
    func node(consortium index: Int) -> String { "c-" + Self.token(dataset.consortia[index].id) }

    /// The classes that let a page highlight an edge together with its two ends:
    /// `of-i-kaist of-c-naver-cloud-team`.
    func endpointClasses(_ tail: String, _ head: String) -> String { "of-\(tail) of-\(head)" }

    /// An id with every character that is not a letter, a digit, `-` or `_` replaced by `_`, so
    /// that ids from CSV cells (`Team A`) make valid SVG ids and class names.
    static func token(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    }

    func label(institution index: Int) -> String { dataset.institutions[index].name.preferred(language) }

    /// The label broken into lines of about `width` terminal columns at spaces, for node boxes.
    func wrappedLabel(institution index: Int, width: Int = 24) -> String {
        var lines: [String] = []
        for word in label(institution: index).split(separator: " ") {
            if let last = lines.last, DisplayWidth.of(last) + 1 + DisplayWidth.of(word) <= width {
                lines[lines.count - 1] += " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines.joined(separator: "\n")
    }

    func label(consortium index: Int) -> String { dataset.consortia[index].name.preferred(language) }

    /// `KAIST · 한국과학기술원 · university · NAVER Cloud consortium, Upstage consortium`.
    func tooltip(institution index: Int) -> String {
        let institution = dataset.institutions[index]
        var parts = names(institution.name)
        parts.append(InstitutionKind.displayName(of: institution.kind, in: language))
        let consortia = memberOf[index].map(label(consortium:))
        if !consortia.isEmpty {
            parts.append((language == .korean ? "참여: " : "in: ") + consortia.joined(separator: ", "))
        }
        return parts.joined(separator: " · ")
    }

    /// A consortium's names, lead and size.
    func tooltip(consortium index: Int) -> String {
        let consortium = dataset.consortia[index]
        var parts = names(consortium.name)
        if let lead = consortium.lead {
            parts.append((language == .korean ? "주관: " : "lead: ") + label(institution: lead))
        }
        parts.append(language == .korean ? "\(consortium.members.count)개 기관" : "\(consortium.members.count) institutions")
        return parts.joined(separator: " · ")
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
