// Actor kinds and stance types, with the colours the graph and the legend use.

export const STANCE_TYPES = ["Demand", "Reject", "Accuse", "Deny", "Agree", "Concede",
  "Offer", "Threaten", "Support", "Oppose", "Aim", "Claim"];

export const KIND_COLOURS = {
  Person: "#4e79a7", State: "#e15759", Government: "#f28e2b", Organization: "#59a14f",
  Group: "#b07aa1", Position: "#bab0ac",
};

export const TYPE_COLOURS = {
  Demand: "#d62728", Reject: "#8c564b", Accuse: "#e377c2", Deny: "#7f7f7f", Agree: "#2ca02c",
  Concede: "#17becf", Offer: "#1f77b4", Threaten: "#ff7f0e", Support: "#98df8a", Oppose: "#9467bd",
  Aim: "#bcbd22", Claim: "#aec7e8",
};

export const EXPORT_FORMATS = [["gexf", "GEXF"], ["graphml", "GraphML"], ["csv", "CSV"], ["ttl", "Turtle"]];
