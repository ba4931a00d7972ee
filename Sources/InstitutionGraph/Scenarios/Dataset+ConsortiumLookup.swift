extension Dataset {
    /// Finds the consortium a user names: by its id, either of its names, or any name or alias of
    /// the institution that leads it (`NC AI` for the NC AI consortium), compared as members are
    /// (see ``NameIndex``).
    ///
    /// - Throws: ``NameLookupError`` when the name matches no consortium ("did you mean …" the
    ///   closest names) or several (naming their ids).
    public func consortiumIndex(namedOrLedBy name: String) throws -> Int {
        var index = NameIndex<Int>()
        for (position, consortium) in consortia.enumerated() {
            let lead = consortium.lead.map { institutions[$0].name.all + institutions[$0].aliases } ?? []
            index.add(position, id: consortium.id, names: consortium.name.all + lead)
        }
        switch index.match(name) {
        case .found(let position):
            return position
        case .ambiguous(let candidates):
            let ids = candidates.sorted().map { "'\(consortia[$0].id)'" }.joined(separator: ", ")
            throw NameLookupError(message: "'\(name)' names several consortia: \(ids); give the id")
        case .notFound:
            let hint = Suggestions.phrase(index.suggestions(for: name))
            throw NameLookupError(message: "no consortium named or led by '\(name)' in the dataset" + (hint.isEmpty ? "" : "; " + hint))
        }
    }
}
