extension Dataset {
    /// Finds the institution a user names on the command line, by id, any name or an alias, as
    /// members are found in a dataset (see ``NameIndex``).
    ///
    /// - Throws: ``NameLookupError`` when the name matches no institution or several.
    public func institutionIndex(named name: String) throws -> Int {
        var index = NameIndex<Int>()
        for (position, institution) in institutions.enumerated() {
            index.add(position, id: institution.id, names: institution.name.all + institution.aliases)
        }
        return try resolve(name, in: index, what: "institution") { institutions[$0].id }
    }

    /// Finds the consortium a user names, by id or either of its names.
    ///
    /// - Throws: ``NameLookupError`` when the name matches no consortium or several.
    public func consortiumIndex(named name: String) throws -> Int {
        var index = NameIndex<Int>()
        for (position, consortium) in consortia.enumerated() {
            index.add(position, id: consortium.id, names: consortium.name.all)
        }
        return try resolve(name, in: index, what: "consortium") { consortia[$0].id }
    }

    private func resolve(_ name: String, in index: NameIndex<Int>, what: String, id: (Int) -> String) throws -> Int {
        switch index.match(name) {
        case .found(let position):
            return position
        case .ambiguous(let candidates):
            throw NameLookupError(
                message:
                    "'\(name)' names several \(what == "consortium" ? "consortia" : "institutions"): \(candidates.sorted().map { "'\(id($0))'" }.joined(separator: ", ")); give the id"
            )
        case .notFound:
            let suggestions = index.suggestions(for: name)
            let hint = suggestions.isEmpty ? "" : " " + Suggestions.phrase(suggestions)
            throw NameLookupError(message: "no \(what) named '\(name)' in the dataset;\(hint)".trimmingSuffix(";"))
        }
    }
}

/// A name given by the user that matches no entry, or several.
public struct NameLookupError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}

extension String {
    /// The text without `suffix` at its end.
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
