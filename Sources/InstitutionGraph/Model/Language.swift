/// A language in which names are recorded and labels are shown.
public enum Language: String, CaseIterable, Sendable, Codable {
    /// Korean (Hangul).
    case korean = "ko"
    /// English.
    case english = "en"

    /// The other language, used as the fallback when a name is missing.
    public var other: Language { self == .korean ? .english : .korean }
}
