/// Korean particles chosen by the word they follow: `서울대학교는`, `고려대학교와`, `컨소시엄과`,
/// `컨소시엄으로`. A word ending in a Hangul syllable with a final consonant takes the first form;
/// one ending in a syllable without takes the second; any other ending (Latin letters, digits)
/// takes both, as `은(는)`, since its reading cannot be told from its spelling.
enum KoreanParticle {
    /// The topic particle: 은 or 는.
    static func topic(after word: String) -> String { pick(after: word, "은", "는") }

    /// The particle `and`: 과 or 와.
    static func and(after word: String) -> String { pick(after: word, "과", "와") }

    /// The particle `as`, `to`: 으로, or 로 after a vowel or ㄹ.
    static func via(after word: String) -> String {
        guard let last = word.unicodeScalars.last, (0xAC00...0xD7A3).contains(last.value) else { return "(으)로" }
        let final = (last.value - 0xAC00) % 28
        return final == 0 || final == 8 ? "로" : "으로"
    }

    private static func pick(after word: String, _ withFinal: String, _ withoutFinal: String) -> String {
        guard let last = word.unicodeScalars.last, (0xAC00...0xD7A3).contains(last.value) else {
            return "\(withFinal)(\(withoutFinal))"
        }
        return (last.value - 0xAC00) % 28 == 0 ? withoutFinal : withFinal
    }
}
