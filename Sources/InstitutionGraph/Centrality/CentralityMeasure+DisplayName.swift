extension CentralityMeasure {
    /// The measure's name for readers, in `language`: `Betweenness` / `매개 중심성`.
    public func displayName(in language: Language) -> String {
        let korean = language == .korean
        return switch self {
        case .degree: korean ? "연결 중심성" : "Degree"
        case .betweenness: korean ? "매개 중심성" : "Betweenness"
        case .closeness: korean ? "근접 중심성" : "Closeness"
        case .harmonic: korean ? "조화 중심성" : "Harmonic"
        case .eigenvector: korean ? "고유벡터 중심성" : "Eigenvector"
        case .pageRank: korean ? "페이지랭크" : "PageRank"
        }
    }
}
