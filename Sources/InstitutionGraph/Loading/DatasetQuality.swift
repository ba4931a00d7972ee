/// The probable mistakes in a loaded dataset that only warnings report: institutions in no
/// consortium, names missing in one language, kinds shown unstyled, and probable duplicates.
enum DatasetQuality {
    /// The warnings about `dataset`, each at its institution's declaration.
    ///
    /// - Parameters:
    ///   - institutionLocations: where each institution was declared (or, in a table, first named).
    ///   - institutionsNamedByID: whether the dataset is a table whose rows name institutions by
    ///     id, which has already warned about one name used by several ids.
    ///   - duplicates: the institutions' probable duplicates, when the caller has looked for them
    ///     (``DuplicateFinder/probableDuplicates(in:)``) while building the rest.
    static func warnings(
        about dataset: Dataset, institutionLocations: [SourceLocation], institutionsNamedByID: Bool,
        duplicates: [DuplicateFinder.Pair]? = nil
    ) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func warning(at location: SourceLocation, _ message: String) { found.append(Diagnostic(.warning, at: location, message)) }
        var inSomeConsortium = [Bool](repeating: false, count: dataset.institutions.count)
        for consortium in dataset.consortia {
            for member in consortium.members { inSomeConsortium[member.institution] = true }
        }
        let usesBothLanguages = dataset.institutions.contains { $0.name.korean != nil && $0.name.english != nil }
        for (position, institution) in dataset.institutions.enumerated() {
            let location = institutionLocations[position]
            if !inSomeConsortium[position] {
                warning(at: location, "institution '\(institution.id)' is in no consortium")
            }
            if usesBothLanguages {
                for language in Language.allCases where institution.name[language] == nil {
                    warning(
                        at: location,
                        "institution '\(institution.id)' has no \(language.displayName) name; labels in \(language.displayName) will show '\(institution.name.preferred(language))'"
                    )
                }
            }
            if let kind = institution.kind, !kind.isRecognized {
                let hint = Suggestions.closest(to: kind.rawValue, among: InstitutionKind.wellKnown.map(\.rawValue)).map { "did you mean '\($0)'? " } ?? ""
                warning(
                    at: location,
                    "kind '\(kind.rawValue)' of '\(institution.id)' is not one of \(InstitutionKind.wellKnown.map(\.rawValue).joined(separator: ", ")); \(hint)it is kept but shown unstyled"
                )
            }
        }
        for pair in duplicates ?? DuplicateFinder.probableDuplicates(in: dataset.institutions) {
            let (first, second) = (dataset.institutions[pair.first], dataset.institutions[pair.second])
            // A table keyed by id has already said that one name is used by several ids.
            if institutionsNamedByID, first.name.preferred(.english).lowercased() == second.name.preferred(.english).lowercased() {
                continue
            }
            warning(
                at: institutionLocations[pair.second],
                "'\(second.name.preferred(.english))' (\(second.id)) and '\(first.name.preferred(.english))' (\(first.id), at \(institutionLocations[pair.first].lineAndColumn)) have nearly the same name ('\(pair.firstName)' ~ '\(pair.secondName)'); if they are one institution, merge them and keep the other name as an alias"
            )
        }
        return found
    }
}
