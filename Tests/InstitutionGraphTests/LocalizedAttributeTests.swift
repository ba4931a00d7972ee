import BundledDatasets
import InstitutionGraph
import OrderedCollections
import Testing

/// Attributes and a source given in two languages (`goal: {ko: …, en: …}`).
@Suite("Attributes and sources in two languages")
struct LocalizedAttributeTests {
    static let yaml = """
        title: t
        source:
          title: {ko: 기사, en: An article}
          publisher: {ko: 과학기술정보통신부, en: Ministry of Science and ICT}
        institutions:
          - {id: a, name: A, attributes: {city: {ko: 서울, en: Seoul}, country: KR}}
        consortia:
          - id: c
            name: C
            members: [A]
            attributes:
              model: M
              goal: {ko: 목표, en: A goal}
              tags: {ko: [가, 나], en: [a, b]}
              note: {ko: 한국어만}
        """

    @Test("a value in two languages is kept as NAME_ko and NAME_en, in the order written; lists are joined")
    func reading() throws {
        let data = try loadDataset("d.yaml", Self.yaml).dataset
        #expect(
            data.consortia[0].attributes == [
                "model": "M", "goal_ko": "목표", "goal_en": "A goal", "tags_ko": "가; 나", "tags_en": "a; b", "note_ko": "한국어만",
            ])
        #expect(data.institutions[0].attributes == ["city_ko": "서울", "city_en": "Seoul", "country": "KR"])
        #expect(data.source?.citation(in: .korean) == "기사. 과학기술정보통신부")
        #expect(data.source?.citation(in: .english) == "An article. Ministry of Science and ICT")
    }

    @Test("shown in one language: the pair as one name where it first stood, the other language when one is missing")
    func shown() throws {
        let attributes = try loadDataset("d.yaml", Self.yaml).dataset.consortia[0].attributes
        #expect(LocalizedAttributes.shown(attributes, in: .korean) == ["model": "M", "goal": "목표", "tags": "가; 나", "note": "한국어만"])
        #expect(LocalizedAttributes.shown(attributes, in: .english) == ["model": "M", "goal": "A goal", "tags": "a; b", "note": "한국어만"])
        // A plain value of the same name keeps its place, and the pair its own keys.
        let both: OrderedDictionary = ["goal": "plain", "goal_en": "English", "goal_ko": "한국어"]
        #expect(LocalizedAttributes.shown(both, in: .english) == both)
    }

    @Test("a language other than ko and en is refused where it is written")
    func otherLanguage() {
        let text = Self.yaml.replacingOccurrences(of: "goal: {ko: 목표, en: A goal}", with: "goal: {ko: 목표, fr: Un but}")
        let errors = loadErrors("d.yaml", text).map(\.description)
        #expect(
            errors == [
                "d.yaml:13:22: error: unknown field 'fr' in the value of 'goal' in 'attributes' (text, a list, or {ko: …, en: …}); expected one of: ko, en"
            ])
    }

    @Test("the K-AI dataset carries its consortia's model, goal and support, and its publisher, in both languages")
    func kAI() throws {
        let data = try BundledDatasets.load().dataset
        for consortium in data.consortia {
            for name in ["model", "goal", "support"] {
                let korean = try #require(consortium.attributes[name + "_ko"], "\(consortium.id) \(name)")
                let english = try #require(consortium.attributes[name + "_en"], "\(consortium.id) \(name)")
                #expect(korean.contains { $0.unicodeScalars.first!.properties.isIdeographic || ("가"..."힣").contains($0) } || name == "model")
                #expect(korean != english)
            }
        }
        #expect(data.source?.publisher?.korean?.contains("과학기술정보통신부") == true)
        #expect(data.source?.publisher?.english?.contains("Ministry of Science and ICT") == true)
    }

    @Test("a name is Korean exactly when it holds Hangul, whatever else it holds")
    func guessedLanguage() {
        let hangul: [ClosedRange<UInt32>] = [0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF]
        for value in UInt32(0x20)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let name = LocalizedName(guessingLanguageOf: "KAIST \(Character(scalar)) lab")
            #expect((name.korean != nil) == hangul.contains { $0.contains(value) }, "U+\(String(value, radix: 16))")
            #expect((name.korean == nil) == (name.english != nil))
        }
        #expect(LocalizedName(guessingLanguageOf: "서울대학교").korean == "서울대학교")
        #expect(LocalizedName(guessingLanguageOf: "Université — 東京").english == "Université — 東京")
    }
}
