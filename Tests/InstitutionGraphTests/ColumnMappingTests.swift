import BundledDatasets
import Foundation
import InstitutionGraph
import Testing

/// Loads `contents` as a table called `name` with `mapping`.
private func loadTable(_ contents: String, _ mapping: ColumnMapping) throws -> LoadedDataset {
    let folder = try TemporaryFolder()
    return try DatasetLoader.load(contentsOf: folder.write("m.csv", contents), displayPath: "m.csv", mapping: mapping)
}

/// The diagnostics (errors, or warnings when it loads) of `contents` read with `mapping`.
private func diagnostics(_ contents: String, _ mapping: ColumnMapping = ColumnMapping()) -> [String] {
    do {
        return try loadTable(contents, mapping).warnings.map(\.description)
    } catch let error as DatasetLoadError {
        return error.diagnostics.map(\.description)
    } catch {
        return ["unexpected \(error)"]
    }
}

@Suite("Membership tables: column mapping")
struct ColumnMappingTests {
    static let cordisLike = """
        projectID;projectAcronym;organisationID;name;role;country;activityType;ecContribution
        1;ALPHA;100;KATHOLIEKE UNIVERSITEIT LEUVEN;coordinator;BE;HES;100.5
        1;ALPHA;200;"ACME; GmbH";participant;DE;PRC;20
        2;BETA;100;KU LEUVEN;participant;BE;HES;30
        2;BETA;300;POLITECHNIKA ŁÓDZKA;coordinator;PL;HES;
        2;BETA;400;ΕΘΝΙΚΟ ΚΕΝΤΡΟ;thirdParty;EL;REC;1
        3;GAMMA;100;KATHOLIEKE UNIVERSITEIT LEUVEN;coordinator;BE;HES;5
        3;GAMMA;500;ACME; GmbH;participant;DE;OTH;7

        """

    static let cordisMapping = ColumnMapping(
        consortiumColumns: ["projectID"], consortiumNameColumns: ["projectAcronym"], institutionColumns: ["name"],
        institutionIDColumns: ["organisationID"], leadRoles: ["coordinator"], kindColumns: ["activityType"],
        kindMap: ["HES": "university", "REC": "research-institute", "PRC": "company", "OTH": "other"])

    @Test("an id column makes one institution of rows spelled differently; the most frequent name is shown")
    func institutionIDs() throws {
        let data = try loadTable(
            Self.cordisLike.replacingOccurrences(of: "ACME; GmbH;participant;DE;OTH", with: "\"ACME; GmbH\";participant;DE;OTH"), Self.cordisMapping
        ).dataset
        #expect(data.institutions.map(\.id) == ["100", "200", "300", "400", "500"])
        let leuven = try #require(data.institutions.first)
        #expect(leuven.name.english == "KATHOLIEKE UNIVERSITEIT LEUVEN")
        #expect(leuven.aliases == ["KU LEUVEN"])
        #expect(data.consortiumIDs(of: "100") == ["1", "2", "3"])
        #expect(data.consortia.map { $0.name.english } == ["ALPHA", "BETA", "GAMMA"])
        #expect(data.institutions.map { $0.kind?.rawValue } == ["university", "company", "university", "research-institute", "other"])
        #expect(data.institutions[3].name.english == "ΕΘΝΙΚΟ ΚΕΝΤΡΟ")
    }

    @Test("a column with one value per institution is an institution attribute; one that varies stays on the memberships")
    func attributes() throws {
        let data = try loadTable(
            Self.cordisLike.replacingOccurrences(of: "ACME; GmbH;participant;DE;OTH", with: "\"ACME; GmbH\";participant;DE;OTH"), Self.cordisMapping
        ).dataset
        #expect(data.institutions[0].attributes == ["country": "BE"])
        #expect(data.institutions[2].attributes == ["country": "PL"])
        let alpha = data.consortia[0]
        #expect(alpha.members.map(\.attributes) == [["ecContribution": "100.5", "role": "coordinator"], ["ecContribution": "20", "role": "participant"]])
        // The role column says more than lead/member (thirdParty), so each membership keeps it.
        let beta = data.consortia[1]
        #expect(beta.members.map { $0.attributes["role"] } == ["coordinator", "participant", "thirdParty"])
        #expect(beta.members[0].attributes["ecContribution"] == nil)
    }

    @Test("validate's warnings list ids written with several names and names used by several ids")
    func identityWarnings() {
        let found = diagnostics(
            Self.cordisLike.replacingOccurrences(of: "ACME; GmbH;participant;DE;OTH", with: "\"ACME; GmbH\";participant;DE;OTH"), Self.cordisMapping)
        #expect(
            found.contains(
                "m.csv:2:9: warning: institution id '100' is written with 2 names: 'KATHOLIEKE UNIVERSITEIT LEUVEN' (2 rows), 'KU LEUVEN' (1 row); counted as one institution shown as 'KATHOLIEKE UNIVERSITEIT LEUVEN', the other names kept as aliases"
            ))
        #expect(
            found.contains(
                "m.csv:8:9: warning: the name 'ACME; GmbH' is used by 2 institution ids: '200' (at line 3, column 9), '500' (at line 8, column 9); they are counted as different institutions; if they are one, give them one id"
            ))
    }

    @Test("a Korean header maps to the same columns, and 주관기관 leads")
    func koreanHeader() throws {
        let data = try loadTable("컨소시엄,기관명,역할,유형\n네이버 팀,네이버클라우드,주관기관,기업\n네이버 팀,KAIST,참여기관,대학\n", ColumnMapping()).dataset
        #expect(data.consortia[0].lead == 0)
        #expect(data.institutions.map(\.kind) == [.company, .university])
        #expect(data.consortia[0].members.allSatisfy { $0.attributes.isEmpty })
    }

    @Test("lead, member and skip roles; an unmapped value is an error listing the values seen")
    func roles() throws {
        let csv = "consortium,institution,role\nA,X,boss\nA,Y,partner\nA,Z,observer\nB,X,partner\n"
        let data = try loadTable(csv, ColumnMapping(leadRoles: ["boss"], skipRoles: ["observer"])).dataset
        #expect(data.consortia[0].lead == 0)
        #expect(data.institutions.map(\.id) == ["X", "Y"])
        #expect(
            diagnostics(csv, ColumnMapping(leadRoles: ["boss"], memberRoles: ["partner"])) == [
                "m.csv:4:5: error: role 'observer' is not mapped (1 row); the role values are 'boss' (1 row), 'partner' (2 rows), 'observer' (1 row); map it with --lead-role, --member-role or --skip-role 'observer'"
            ])
    }

    @Test("a role that is neither a lead nor plainly a member is counted as a member, with a warning")
    func unrecognizedRole() {
        #expect(
            diagnostics("consortium,institution,role\nA,X,laed\nA,Y,member\n") == [
                "m.csv:2:5: warning: role 'laed' (1 row) is counted as a member; did you mean 'lead'? if it means the lead, give --lead-role 'laed'; to leave such rows out, --skip-role 'laed'",
                "m.csv:1:24: warning: no row of column 'role' names a lead (its values: 'laed' (1 row), 'member' (1 row)); if one of them means the lead, give --lead-role VALUE",
            ])
    }

    @Test("a column that looks like a role or kind column but is not mapped is warned about")
    func unmappedLookalikes() {
        #expect(
            diagnostics("consortium,institution,Role Type\nA,X,lead\n") == [
                "m.csv:1:24: warning: column 'Role Type' looks like a role column but is kept as an attribute, so no institution leads a consortium; if it gives roles, add --role-column 'Role Type'",
                "m.csv:1:24: warning: column 'Role Type' looks like a kind column but is kept as an attribute; if it gives the institutions' kinds, add --kind-column 'Role Type' (and --kind-map CODE=kind for codes)",
            ])
    }

    @Test("a kind code outside the kind map is kept and warned about")
    func unmappedKind() {
        #expect(
            diagnostics("consortium,institution,kind\nA,X,HES\nA,Y,XYZ\n", ColumnMapping(kindMap: ["HES": "university"])) == [
                "m.csv:3:5: warning: kind code 'XYZ' is not in the kind map; kept as 'XYZ'; map it with --kind-map 'XYZ=KIND'",
                "m.csv:3:3: warning: kind 'XYZ' of 'Y' is not one of university, company, research-institute, public; it is kept but shown unstyled",
            ])
    }

    @Test("a column the mapping names but the header lacks gets did-you-mean and the flag")
    func missingColumn() {
        #expect(
            diagnostics("project,institution\nA,X\n", ColumnMapping(consortiumColumns: ["projekt"])) == [
                "m.csv:1:1: error: no consortium column 'projekt' in the header; did you mean 'project'? give the header's name with --consortium-column NAME (the header's columns: 'project', 'institution'; the header was split at a comma ',' (sniffed from the header))"
            ])
    }

    @Test("empty id cells and rows beyond the header are reported with their place")
    func badRows() {
        #expect(
            diagnostics("c,name,pic\nA,X,\nA,Y,2,extra\n", ColumnMapping(consortiumColumns: ["c"], institutionColumns: ["name"], institutionIDColumns: ["pic"]))
                == [
                    "m.csv:2:5: error: the 'pic' cell is empty; every row needs an institution id (or leave out --institution-id-column to tell institutions apart by name)",
                    "m.csv:3:1: error: this row has 4 fields but the header has 3; check for a missing or extra delimiter, or quote fields that contain one",
                ])
    }

    @Test("with a registry, a table's columns with one value per institution reach the registry's institutions")
    func registryFacts() throws {
        let registry =
            "institutions:\n  - {id: kaist, name: {ko: 한국과학기술원, en: KAIST}, aliases: [카이스트]}\n  - {id: snu, name: 서울대학교, attributes: {country: KR-registry}}\n"
        let data = try loadDataset("m.csv", "consortium,institution,country,budget\nA,카이스트,KR,1\nA,서울대학교,KR,2\nB,KAIST,KR,3\n", registry: registry).dataset
        #expect(data.institutions.map { $0.attributes["country"] } == ["KR", "KR-registry"])
        #expect(data.consortia[0].members.map(\.attributes) == [["budget": "1"], ["budget": "2"]])
    }

    @Test("two consortia with one label are told apart by their ids")
    func sharedLabels() throws {
        let data = try loadTable(
            "id,acronym,institution\n1,WIND,X\n2,WIND,Y\n3,SUN,X\n", ColumnMapping(consortiumColumns: ["id"], consortiumNameColumns: ["acronym"])
        ).dataset
        #expect(data.consortia.map { $0.name.english } == ["WIND (1)", "WIND (2)", "SUN"])
    }

    @Test("a mapping's title names the dataset")
    func title() throws {
        #expect(try loadTable("consortium,institution\nA,X\n", ColumnMapping(title: "My programme")).dataset.title.english == "My programme")
    }
}

@Suite("Mapping files and presets")
struct MappingFileTests {
    @Test("a mapping file holds the flags' keys; lists are alternatives")
    func mappingFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(
            "map.yaml",
            """
            title: 과제 참여기관
            delimiter: ";"
            consortium-column: [과제번호, projectID]
            institution-column: 기관명
            lead-role: 주관
            kind-map: {HES: university}

            """)
        let mapping = try ColumnMappingFile(contentsOf: file, displayPath: "map.yaml").mapping
        #expect(
            mapping
                == ColumnMapping(
                    consortiumColumns: ["과제번호", "projectID"], institutionColumns: ["기관명"], leadRoles: ["주관"],
                    kindMap: ["HES": "university"], delimiter: .semicolon, title: "과제 참여기관"))
    }

    @Test(
        "a mapping file's mistakes are reported where they are",
        arguments: [
            (
                "institution-colum: name\n",
                "map.yaml:1:1: error: unknown field 'institution-colum' in a column mapping; did you mean 'institution-column'? expected one of: description, title, delimiter, sheet, consortium-column, consortium-name-column, institution-column, institution-id-column, role-column, lead-role, member-role, skip-role, kind-column, kind-map"
            ),
            ("delimiter: '#'\n", "map.yaml:1:12: error: 'delimiter' must be one of ',', ';', tab or '|', found text '#'"),
            ("kind-map: [HES]\n", "map.yaml:1:11: error: 'kind-map' must be a mapping of codes to kinds, such as 'HES: university', found a list"),
            ("lead-role: [a\n", "map.yaml:2:1: error: YAML syntax: while parsing a flow sequence: did not find expected ',' or ']'"),
        ])
    func mappingFileErrors(contents: String, expected: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.yaml", contents)
        #expect {
            try ColumnMappingFile(contentsOf: file, displayPath: "map.yaml")
        } throws: { error in
            (error as? DatasetLoadError)?.description == expected
        }
    }

    @Test("a mapping file written as JSON has its syntax errors called JSON")
    func jsonMappingFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("map.json", "{\"consortium-column\": \"a\",\n \"lead-role\": [1,}\n")
        #expect {
            try ColumnMappingFile(contentsOf: file, displayPath: "map.json")
        } throws: { error in
            (error as? DatasetLoadError)?.description
                == "map.json:2:18: error: JSON syntax (read as YAML): while parsing a flow node: did not find expected node content"
        }
        let valid = try folder.write("ok.json", "{\"consortium-column\": \"과제\", \"lead-role\": [\"주관\"]}\n")
        #expect(try ColumnMappingFile(contentsOf: valid, displayPath: "ok.json").mapping == ColumnMapping(consortiumColumns: ["과제"], leadRoles: ["주관"]))
    }

    @Test("flags win over a mapping file, which wins over a preset")
    func layering() throws {
        let preset = try BundledDatasets.preset("cordis").mapping
        let file = ColumnMapping(institutionColumns: ["shortName"], skipRoles: ["thirdParty"])
        let flags = ColumnMapping(skipRoles: ["associatedPartner"])
        let mapping = preset.overridden(by: file).overridden(by: flags)
        #expect(mapping.consortiumColumns == ["projectID", "projectReference"])
        #expect(mapping.institutionColumns == ["shortName"])
        #expect(mapping.skipRoles == ["associatedPartner"])
    }

    @Test("every preset reads, and an unknown one gets did-you-mean")
    func presets() throws {
        #expect(BundledDatasets.presetNames.contains("cordis"))
        for name in BundledDatasets.presetNames { _ = try BundledDatasets.preset(name) }
        #expect {
            try BundledDatasets.preset("cordi")
        } throws: { error in
            (error as? DatasetLoadError)?.description == "--preset: error: no preset named 'cordi'; did you mean 'cordis'? presets: cordis"
        }
    }

    @Test("a header that fits a preset suggests it")
    func presetHint() throws {
        let folder = try TemporaryFolder()
        #expect {
            try DatasetLoader.load(
                contentsOf: folder.write("organization.csv", ColumnMappingTests.cordisLike), displayPath: "organization.csv",
                presets: { BundledDatasets.presets })
        } throws: { error in
            (error as? DatasetLoadError)?.errors.allSatisfy { $0.message.hasSuffix("the header fits the 'cordis' preset: add --preset cordis") } == true
        }
    }
}
