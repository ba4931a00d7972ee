@testable import InstitutionReport
import Testing

@Suite("Korean particles follow the word before them")
struct KoreanParticleTests {
    @Test(
        "은/는, 과/와 and 으로/로 by the final consonant of the last syllable or digit; both forms after Latin letters",
        arguments: [
            ("서울대학교", "는", "와", "로"), ("한국과학기술원", "은", "과", "으로"), ("컨소시엄", "은", "과", "으로"),
            ("서울", "은", "과", "로"), ("KAIST", "은(는)", "과(와)", "(으)로"), ("", "은(는)", "과(와)", "(으)로"),
            // Digits as Korean reads them: 영, 일, 이, 삼, 육, 구.
            ("0.1.0", "은", "과", "으로"), ("c-1", "은", "과", "로"), ("2", "는", "와", "로"), ("K3", "은", "과", "으로"),
            ("6", "은", "과", "으로"), ("org-009", "는", "와", "로"),
        ])
    func particles(word: String, topic: String, and: String, via: String) {
        #expect(KoreanParticle.topic(after: word) == topic)
        #expect(KoreanParticle.and(after: word) == and)
        #expect(KoreanParticle.via(after: word) == via)
    }

    @Test("the report's footer reads its version with the particle it takes")
    func footer() {
        #expect(ReportStrings(.korean).generated(version: "0.1.0", on: "2026-12-02") == "instgraph 0.1.0으로 2026-12-02에 생성")
        #expect(ReportStrings(.korean).generated(version: "0.2.1", on: nil) == "instgraph 0.2.1로 생성")
    }
}
