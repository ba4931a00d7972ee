/// A name recorded in one or both languages.
public struct LocalizedName: Hashable, Sendable, Codable {
    /// The Korean name, if recorded.
    public var korean: String?
    /// The English name, if recorded.
    public var english: String?

    /// Creates a name; at least one language should be given.
    public init(korean: String? = nil, english: String? = nil) {
        self.korean = korean
        self.english = english
    }

    enum CodingKeys: String, CodingKey {
        case korean = "ko"
        case english = "en"
    }

    /// The name in `language`, or `nil` when it is not recorded.
    public subscript(language: Language) -> String? {
        switch language {
        case .korean: korean
        case .english: english
        }
    }

    /// The name in `language`, falling back to the other language when it is missing.
    public func preferred(_ language: Language) -> String {
        self[language] ?? self[language.other] ?? ""
    }

    /// Every recorded name, Korean first.
    public var all: [String] { [korean, english].compactMap { $0 } }
}
