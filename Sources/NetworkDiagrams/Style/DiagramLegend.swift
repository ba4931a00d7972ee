import GraphvizRendering
import InstitutionGraph

/// The heading of a diagram: its title, the line saying how much is drawn, and a compact legend of
/// exactly what the drawing uses, as one HTML-like table in the graph's label. Graphviz places the
/// graph's label above the drawing whatever the engine, so the legend always sits in the same
/// place and takes one or two lines, never the room of nodes laid out with the graph.
enum DiagramLegend {
    /// The most samples on one line of the legend.
    static let samplesPerLine = 6

    /// Sets `graph`'s label to `heading` (the title, then any further lines) over `samples`.
    static func attach(_ samples: [HTMLLabel.Cell], heading: [String], to graph: inout GraphDescription, language: Language) {
        let title = HTMLLabel.Cell(language == .korean ? "범례" : "Legend", fontSize: 10, fontColor: DiagramStyle.mutedText)
        var lines: [[HTMLLabel.Cell]] = []
        var line = [title]
        for sample in samples {
            if line.count == samplesPerLine {
                lines.append(line)
                line = [HTMLLabel.Cell("", fontSize: 10)]
            }
            line.append(sample)
        }
        lines.append(line)
        // Each line of samples is a table of its own, so that a short line stays compact.
        let legend = lines.map { cells in HTMLLabel.Cell(table: HTMLLabel(rows: [cells], cellSpacing: 4, cellPadding: 3)) }
        let headingCells = heading.enumerated().map { index, text in
            [HTMLLabel.Cell(text, fontSize: index == 0 ? 20 : 13, fontColor: index == 0 ? nil : DiagramStyle.mutedText)]
        }
        graph.attributes[html: "label"] = HTMLLabel(rows: headingCells + legend.map { [$0] }, cellSpacing: 0, cellPadding: 2)
    }

    /// One sample per kind that occurs among `kinds`, in display order, in the kind's colours;
    /// every unstyled kind shares one sample, named for what it stands for (`other`,
    /// `unspecified`, or both).
    static func kindSamples(_ kinds: Set<InstitutionKind?>, language: Language) -> [HTMLLabel.Cell] {
        let unstyled = kinds.filter { $0.map { !$0.isWellKnown } ?? true }
        let ordered =
            InstitutionKind.wellKnown.filter { kinds.contains($0) }.map(Optional.some)
            + (unstyled.isEmpty ? [] : [nil])
        return ordered.map { kind in
            let look = DiagramStyle.look(of: kind)
            let name = kind.map { InstitutionKind.displayName(of: $0, in: language) } ?? unstyledLabel(unstyled, language: language)
            return HTMLLabel.Cell(name, fontSize: 10, fill: look.fill, border: look.border, rounded: look.shape == "ellipse")
        }
    }

    /// The samples of what institutions' fills tell: their kinds, or the groups of `palette` with
    /// a note on what shapes tell.
    static func fillSamples(_ kinds: Set<InstitutionKind?>, palette: DiagramPalette?, language: Language) -> [HTMLLabel.Cell] {
        guard let palette else { return kindSamples(kinds, language: language) }
        let groups = palette.groups.map { HTMLLabel.Cell($0.name, fontSize: 10, fill: $0.fill, border: $0.border) }
        let shapes = InstitutionKind.wellKnown.filter { kinds.contains($0) }.map { kind in
            "\(DiagramStyle.shapeName(of: kind, in: language)) \(InstitutionKind.displayName(of: kind, in: language))"
        }
        guard !shapes.isEmpty else { return groups }
        return groups + [note((language == .korean ? "모양: " : "shape: ") + shapes.joined(separator: ", "))]
    }

    /// The sample for highlighted institutions, when some are.
    static func highlightSample(_ options: DiagramOptions) -> [HTMLLabel.Cell] {
        guard !options.highlighted.isEmpty else { return [] }
        let text = options.language == .korean ? "강조" : "highlighted"
        return [HTMLLabel.Cell(text, fontSize: 10, fontColor: DiagramStyle.highlightColor, border: DiagramStyle.highlightColor, borderWidth: 2)]
    }

    /// A sample of words alone, for what a size, a width or a number means.
    static func note(_ text: String) -> HTMLLabel.Cell {
        HTMLLabel.Cell(text, fontSize: 10, fontColor: DiagramStyle.mutedText)
    }

    /// The name of the sample that stands for every kind in `unstyled`.
    private static func unstyledLabel(_ unstyled: Set<InstitutionKind?>, language: Language) -> String {
        let hasMissing = unstyled.contains(nil)
        let hasOther = unstyled.contains { $0 != nil }
        let other = InstitutionKind.displayName(of: .other, in: language)
        let missing = InstitutionKind.displayName(of: nil, in: language)
        return hasOther && hasMissing ? "\(other) / \(missing)" : hasOther ? other : missing
    }
}
