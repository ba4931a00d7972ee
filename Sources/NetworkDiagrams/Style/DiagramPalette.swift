import GraphvizRendering
import InstitutionGraph

/// The fills of institutions when a diagram is coloured by consortium or by community: one colour
/// of the Okabe–Ito palette, which readers with any common colour-vision deficiency tell apart,
/// for each of the seven largest groups, grey for the rest.
///
/// Fills are light tints, so black labels stay readable; borders carry the full hue.
struct DiagramPalette {
    /// A coloured group as the legend shows it.
    struct Group {
        var name: String
        var fill: String
        var border: String
    }

    /// The Okabe–Ito hues, black aside, as (tint for fills, hue for borders).
    static let hues: [(fill: String, border: String)] = [
        ("#f5d999", "#E69F00"), ("#bbe1f6", "#56B4E9"), ("#99d8c7", "#009E73"), ("#f9f4b3", "#F0E442"),
        ("#99c7e0", "#0072B2"), ("#eebf99", "#D55E00"), ("#ebc9dc", "#CC79A7"),
    ]
    static let rest = (fill: "#e5e7eb", border: "#6b7280")
    static let several = (fill: "#ffffff", border: DiagramStyle.sharedBorder)

    /// The groups in legend order: the coloured ones, then the grey one and the white one when
    /// some institution is in them.
    let groups: [Group]
    /// Each drawn institution's look.
    private let looks: [(fill: String, border: String)]

    /// The palette of `dataset`'s institutions, or `nil` when they are coloured by kind.
    init?(_ dataset: Dataset, names: DiagramNames, options: DiagramOptions) {
        let korean = options.language == .korean
        switch options.coloring {
        case .kind:
            return nil
        case .consortium:
            // The largest consortia get the colours; on a tie, the first in the dataset.
            let largest = dataset.consortia.indices.sorted { (dataset.consortia[$1].members.count, $0) < (dataset.consortia[$0].members.count, $1) }
            var colour = [Int?](repeating: nil, count: dataset.consortia.count)
            for (rank, consortium) in largest.prefix(Self.hues.count).enumerated() { colour[consortium] = rank }
            looks = names.memberOf.map { consortia in
                guard consortia.count == 1 else { return consortia.isEmpty ? Self.rest : Self.several }
                return colour[consortia[0]].map { Self.hues[$0] } ?? Self.rest
            }
            // The legend lists the hues the drawing uses: those of consortia with a member alone.
            let shown = Set(names.memberOf.compactMap { $0.count == 1 ? $0[0] : nil })
            var groups = largest.prefix(Self.hues.count).enumerated().filter { shown.contains($0.element) }.map { rank, consortium in
                Group(name: dataset.consortia[consortium].name.preferred(options.language), fill: Self.hues[rank].fill, border: Self.hues[rank].border)
            }
            if names.memberOf.contains(where: { $0.count == 1 && colour[$0[0]] == nil }) || names.memberOf.contains(where: \.isEmpty) {
                groups.append(Group(name: korean ? "그 밖의 컨소시엄" : "other consortia", fill: Self.rest.fill, border: Self.rest.border))
            }
            if names.memberOf.contains(where: { $0.count > 1 }) {
                groups.append(Group(name: korean ? "여러 컨소시엄" : "several consortia", fill: Self.several.fill, border: Self.several.border))
            }
            self.groups = groups
        case .community:
            let (community, sizes) = Self.communities(of: dataset, whole: options.whole)
            looks = community.map { number in
                number.flatMap { $0 < Self.hues.count && sizes[$0] > 1 ? Self.hues[$0] : nil } ?? Self.rest
            }
            let coloured = Set(community.compactMap { $0 }).filter { $0 < Self.hues.count && sizes[$0] > 1 }.sorted()
            var groups = coloured.map { number in
                Group(
                    name: korean ? "커뮤니티 \(number + 1) (\(sizes[number])곳)" : "community \(number + 1) (\(sizes[number]))",
                    fill: Self.hues[number].fill, border: Self.hues[number].border)
            }
            if community.contains(where: { $0.map { !coloured.contains($0) } ?? true }) {
                groups.append(Group(name: korean ? "작은 커뮤니티" : "smaller communities", fill: Self.rest.fill, border: Self.rest.border))
            }
            self.groups = groups
        }
    }

    /// The fill and border of institution `index`.
    func look(institution index: Int) -> (fill: String, border: String) { looks[index] }

    /// The Louvain community of each of `dataset`'s institutions, numbered largest first, found in
    /// `whole` when it is given and its projection can be built, with each community's size.
    private static func communities(of dataset: Dataset, whole: Dataset?) -> (community: [Int?], sizes: [Int]) {
        if let whole, let found = try? whole.institutionCommunities() {
            var position: [String: Int] = [:]
            for (index, institution) in whole.institutions.enumerated() { position[institution.id] = index }
            let community = dataset.institutions.map { position[$0.id].map { found.partition.labels[$0] } }
            return (community, found.communities.map(\.members.count))
        }
        guard let found = try? dataset.institutionCommunities() else {
            return (Array(repeating: nil, count: dataset.institutions.count), [])
        }
        return (found.partition.labels.map { $0 }, found.communities.map(\.members.count))
    }
}
