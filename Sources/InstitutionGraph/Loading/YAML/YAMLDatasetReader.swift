import Foundation
import OrderedCollections
import Yams

/// Reads the YAML (or JSON) dataset format documented in `Graphs/README.md` into a draft.
enum YAMLDatasetReader {
    static let topLevelKeys = ["title", "source", "as_of", "groups", "institutions", "consortia"]
    static let institutionKeys = ["id", "name", "kind", "aliases", "parent", "url", "notes", "attributes"]
    static let groupKeys = ["id", "name", "aliases"]
    static let consortiumKeys = ["id", "name", "lead", "members", "attributes"]
    static let memberKeys = ["institution", "role"]
    static let sourceKeys = ["title", "publisher", "url", "date"]

    /// Parses `text`; every structural or type error throws with its line and column. An error in
    /// one group, institution or consortium does not stop the reading of the next: all of them
    /// are thrown together.
    static func read(_ text: InputText) throws -> DatasetDraft {
        let file = text.displayPath
        let top = try YAMLValue(composing: text, whenEmpty: "the file is empty; a dataset needs 'institutions' and 'consortia'")
            .mapping("the dataset", allowedKeys: topLevelKeys)
        var draft = DatasetDraft(location: SourceLocation(file: file, line: 1, column: 1))
        var errors: [Diagnostic] = []
        /// `read`'s result, or `nil` with its errors kept.
        func collecting<Value>(_ read: () throws -> Value) throws -> Value? {
            do {
                return try read()
            } catch let error as DatasetLoadError {
                errors += error.diagnostics
                return nil
            }
        }
        func each<Value>(_ key: String, _ read: (YAMLValue) throws -> Value) throws -> [Value] {
            try (collecting { try top.optional(key)?.items("'\(key)'") ?? [] } ?? []).compactMap { item in try collecting { try read(item) } }
        }
        draft.title = try collecting { try top.optional("title")?.localizedName("'title'") } ?? nil
        draft.source = try collecting { try top.optional("source").map(readSource) } ?? nil
        draft.asOf = try collecting { try top.optionalString("as_of") } ?? nil
        draft.groups = try each("groups", readGroup)
        draft.institutions = try each("institutions", readInstitution)
        draft.consortia = try each("consortia", readConsortium)
        guard errors.isEmpty else { throw DatasetLoadError(errors) }
        return draft
    }

    private static func readSource(_ value: YAMLValue) throws -> DatasetSource {
        if case .scalar = value.node { return DatasetSource(title: LocalizedName(guessingLanguageOf: try value.string("'source'"))) }
        let fields = try value.mapping("'source'", allowedKeys: sourceKeys)
        return DatasetSource(
            title: try fields.optional("title")?.localizedName("the source's 'title'"),
            publisher: try fields.optional("publisher")?.localizedName("the source's 'publisher'"),
            url: try fields.optionalString("url"), date: try fields.optionalString("date"))
    }

    private static func readGroup(_ value: YAMLValue) throws -> DatasetDraft.Group {
        let fields = try value.mapping("a group", allowedKeys: groupKeys)
        let name = try fields.required("name").localizedName("a group's 'name'")
        return DatasetDraft.Group(
            id: try fields.optionalString("id") ?? Slug.make(from: name),
            name: name,
            aliases: try fields.optional("aliases")?.strings("'aliases'") ?? [],
            location: value.location)
    }

    private static func readInstitution(_ value: YAMLValue) throws -> DatasetDraft.Institution {
        let fields = try value.mapping("an institution", allowedKeys: institutionKeys)
        let name = try fields.required("name").localizedName("an institution's 'name'")
        return DatasetDraft.Institution(
            id: try fields.optionalString("id") ?? Slug.make(from: name),
            name: name,
            kind: try fields.optionalString("kind").map(InstitutionKind.init(rawValue:)),
            aliases: try fields.optional("aliases")?.strings("'aliases'") ?? [],
            parent: try fields.optional("parent").map { DatasetDraft.Reference(text: try $0.string("'parent'"), location: $0.location) },
            url: try fields.optionalString("url"),
            notes: try fields.optionalString("notes"),
            attributes: try fields.optional("attributes").map(readAttributes) ?? [:],
            location: value.location)
    }

    private static func readConsortium(_ value: YAMLValue) throws -> DatasetDraft.Consortium {
        let fields = try value.mapping("a consortium", allowedKeys: consortiumKeys)
        let name = try fields.required("name").localizedName("a consortium's 'name'")
        var members: [DatasetDraft.Member] = []
        if let lead = fields.optional("lead") {
            members.append(
                DatasetDraft.Member(
                    reference: .init(text: try lead.string("'lead'"), location: lead.location),
                    role: .lead, kind: nil, attributes: [:]))
        }
        for item in try fields.optional("members")?.items("'members'") ?? [] {
            members.append(try readMember(item))
        }
        return DatasetDraft.Consortium(
            id: try fields.optionalString("id") ?? Slug.make(from: name),
            name: name, members: members, attributes: try fields.optional("attributes").map(readAttributes) ?? [:],
            location: value.location)
    }

    /// An `attributes` mapping of names to texts; a list of texts is joined with `; `.
    /// `key: value` lines; a value may be a list (joined with `; `) or given in two languages,
    /// `{ko: …, en: …}`, which keeps each as its own attribute (``LocalizedAttributes``).
    private static func readAttributes(_ value: YAMLValue) throws -> OrderedDictionary<String, String> {
        guard case .mapping(let pairs) = value.node else {
            throw value.error("'attributes' must be a mapping of 'key: value' lines, found \(value.shape)")
        }
        var attributes = OrderedDictionary<String, String>()
        for (keyNode, itemNode) in pairs {
            let key = try YAMLValue(node: keyNode, file: value.file).string("an attribute name")
            let item = YAMLValue(node: itemNode, file: value.file)
            let what = "the value of '\(key)' in 'attributes'"
            guard case .mapping = item.node else {
                attributes[key] = try item.strings(what).joined(separator: "; ")
                continue
            }
            let fields = try item.mapping(what + " (text, a list, or {ko: …, en: …})", allowedKeys: ["ko", "en"])
            for language in [Language.korean, .english] {
                if let text = try fields.optional(language.rawValue)?.strings(what).joined(separator: "; ") {
                    attributes[LocalizedAttributes.key(key, in: language)] = text
                }
            }
        }
        return attributes
    }

    private static func readMember(_ value: YAMLValue) throws -> DatasetDraft.Member {
        if case .scalar = value.node {
            return DatasetDraft.Member(
                reference: .init(text: try value.string("a member"), location: value.location),
                role: .member, kind: nil, attributes: [:])
        }
        let fields = try value.mapping("a member", allowedKeys: memberKeys)
        let institution = try fields.required("institution")
        var role = MembershipRole.member
        if let roleValue = fields.optional("role") {
            let text = try roleValue.string("'role'")
            guard let parsed = MembershipRole(parsing: text) else {
                throw roleValue.error("unknown role '\(text)'; expected 'lead' or 'member'")
            }
            role = parsed
        }
        return DatasetDraft.Member(
            reference: .init(text: try institution.string("'institution'"), location: institution.location),
            role: role, kind: nil, attributes: [:])
    }
}

extension DatasetLoadError {
    /// A YAML syntax error, with the line and column libyaml reports.
    init(syntaxError error: YamlError, file: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            // libyaml's words for its nesting limit name its own C function; say what it means.
            let problem =
                problem.hasPrefix("Maximum nesting level reached")
                ? "lists and mappings nest more than 1,000 levels deep; a dataset needs four" : problem
            let detail = [context?.text, problem].compactMap { $0 }.joined(separator: ": ")
            // A mapping file may be written as JSON, which YAML reads; its errors name the language it is in.
            let language = file.lowercased().hasSuffix(".json") ? "JSON syntax (read as YAML)" : "YAML syntax"
            self.init("\(language): \(detail)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            self.init(
                "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in a mapping; keep one",
                at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        case let .reader(problem, offset, value, yaml):
            // libyaml stops reading at a character YAML cannot hold: place it by its offset, which
            // counts characters (Unicode scalars).
            let before = Array(yaml.unicodeScalars.prefix(offset ?? 0))
            let line = before.count { $0 == "\n" } + 1
            let column = before.count - ((before.lastIndex(of: "\n") ?? -1) + 1) + 1
            let character = value >= 0 ? " (U+\(String(format: "%04X", value)))" : ""
            self.init(
                "YAML cannot hold this character\(character): \(problem); remove it, or write it as an escape inside double quotes (\"\\a\", \"\\x07\")",
                at: SourceLocation(file: file, line: offset == nil ? nil : line, column: offset == nil ? nil : column))
        default:
            self.init("YAML: \(error)", at: SourceLocation(file: file))
        }
    }
}

extension MembershipRole {
    /// Parses `lead`/`member` in any case, and the Korean 주관(기관)/참여(기관).
    init?(parsing text: String) {
        if let exact = MembershipRole(rawValue: text) {
            self = exact
            return
        }
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "lead", "leader", "coordinator", "주관", "주관기관": self = .lead
        case "member", "partner", "participant", "참여", "참여기관": self = .member
        default: return nil
        }
    }
}
