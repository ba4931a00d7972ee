/// Korean particles chosen by the word they follow: `서울대학교는`, `고려대학교와`, `컨소시엄과`,
/// `컨소시엄으로`, `0.1.0으로`. A word ending in a Hangul syllable with a final consonant, or in a
/// digit read with one (영, 일, 삼, 육, 칠, 팔), takes the first form; one ending in a syllable or
/// digit without takes the second; any other ending (Latin letters) takes both, as `은(는)`, since
/// its reading cannot be told from its spelling.
enum KoreanParticle {
    /// The topic particle: 은 or 는.
    static func topic(after word: String) -> String { pick(after: word, "은", "는") }

    /// The particle `and`: 과 or 와.
    static func and(after word: String) -> String { pick(after: word, "과", "와") }

    /// The particle `as`, `to`: 으로, or 로 after a vowel or ㄹ.
    static func via(after word: String) -> String {
        guard let final = finalConsonant(of: word) else { return "(으)로" }
        return final == 0 || final == Self.rieul ? "로" : "으로"
    }

    private static func pick(after word: String, _ withFinal: String, _ withoutFinal: String) -> String {
        guard let final = finalConsonant(of: word) else { return "\(withFinal)(\(withoutFinal))" }
        return final == 0 ? withoutFinal : withFinal
    }

    /// The index of ㄹ among the final consonants of a Hangul syllable.
    private static let rieul: UInt32 = 8

    /// The final consonant (its index among a Hangul syllable's, 0 for none) of the sound `word`
    /// ends with: its last syllable's, or that of its last digit as Korean reads it; `nil` when it
    /// ends otherwise.
    private static func finalConsonant(of word: String) -> UInt32? {
        guard let last = word.unicodeScalars.last else { return nil }
        if (0xAC00...0xD7A3).contains(last.value) { return (last.value - 0xAC00) % 28 }
        // 영 일 이 삼 사 오 육 칠 팔 구: ㅇ, ㄹ, none, ㅁ, none, none, ㄱ, ㄹ, ㄹ, none.
        let digitFinals: [UInt32] = [21, rieul, 0, 16, 0, 0, 1, rieul, rieul, 0]
        guard let digit = last.properties.numericType == .decimal ? Int(String(last)) : nil, digit < 10 else { return nil }
        return digitFinals[digit]
    }
}
