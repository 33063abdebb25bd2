"""Partner suggestions: the model, its scoring, the engine and the offline evaluation."""
