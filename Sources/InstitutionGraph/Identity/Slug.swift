/// Stable ids made from names, for entries that do not give one.
enum Slug {
    /// Lower-case ASCII letters and digits joined by hyphens (`Seoul National University` →
    /// `seoul-national-university`); a name with no ASCII letters is kept as it is, trimmed.
    static func make(from name: LocalizedName) -> String {
        if let english = name.english {
            let words = english.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            if !words.isEmpty { return words.joined(separator: "-") }
        }
        return name.preferred(.korean)
    }
}
