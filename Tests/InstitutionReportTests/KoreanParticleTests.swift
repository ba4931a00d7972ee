@testable import InstitutionReport
import Testing

@Suite("Korean particles follow the word before them")
struct KoreanParticleTests {
    @Test(
        "은/는, 과/와 and 으로/로 by the last syllable's final consonant; both forms after Latin letters",
        arguments: [
            ("서울대학교", "는", "와", "로"), ("한국과학기술원", "은", "과", "으로"), ("컨소시엄", "은", "과", "으로"),
            ("서울", "은", "과", "로"), ("KAIST", "은(는)", "과(와)", "(으)로"), ("", "은(는)", "과(와)", "(으)로"),
        ])
    func particles(word: String, topic: String, and: String, via: String) {
        #expect(KoreanParticle.topic(after: word) == topic)
        #expect(KoreanParticle.and(after: word) == and)
        #expect(KoreanParticle.via(after: word) == via)
    }
}
