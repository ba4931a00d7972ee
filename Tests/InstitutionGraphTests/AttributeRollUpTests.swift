import InstitutionGraph
import Testing

@Suite("Rolling institutions up by an attribute")
struct AttributeRollUpTests {
    /// Three consortia across three countries, one institution without a country.
    static let csv = """
        consortium,institution,role,country,budget
        A,KU Leuven,lead,BE,1
        A,Ghent,,BE,2
        A,TUM,,DE,3
        B,KU Leuven,,BE,4
        B,Ghent,lead,BE,5
        B,Nowhere Lab,,,6
        C,TUM,lead,DE,7
        C,LMU,,DE,8
        C,KU Leuven,,BE,9

        """

    @Test("one node per country; memberships follow; ties inside a country are counted, not lost")
    func byCountry() throws {
        let data = try loadDataset("m.csv", Self.csv).dataset
        let rolled = try data.rolledUp(byAttribute: "country")
        let countries = rolled.dataset
        #expect(countries.institutions.map(\.id) == ["BE", "DE", "(no country)"])
        #expect(
            countries.consortia.map { $0.members.map { countries.institutions[$0.institution].id } } == [["BE", "DE"], ["BE", "(no country)"], ["DE", "BE"]])
        #expect(countries.consortia.map(\.lead) == [0, 0, 1])
        // KU Leuven–Ghent (in A and in B) is one tie; TUM–LMU another.
        #expect(countries.institutions.map { $0.attributes[Dataset.internalTiesAttribute] } == ["1", "1", "0"])
        #expect(countries.institutions.map { $0.attributes[Dataset.rolledUpInstitutionsAttribute] } == ["2", "2", "1"])
        #expect(rolled.constituents.map { $0.map { data.institutions[$0].id } } == [["KU Leuven", "Ghent"], ["TUM", "LMU"], ["Nowhere Lab"]])
        #expect(countries.institutions[0].aliases.contains("KU Leuven"))
    }

    @Test("an unknown attribute gets did-you-mean; a membership attribute is said to be one")
    func errors() throws {
        let data = try loadDataset("m.csv", Self.csv).dataset
        #expect {
            try data.rolledUp(byAttribute: "contry")
        } throws: { error in
            "\(error)" == "no institution has an attribute 'contry'; did you mean 'country'? group by one of: country"
        }
        #expect {
            try data.rolledUp(byAttribute: "budget")
        } throws: { error in
            "\(error)"
                == "'budget' varies from one membership of an institution to another, so it belongs to memberships, not institutions; group by one of: country"
        }
    }
}
