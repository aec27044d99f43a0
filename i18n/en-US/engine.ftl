## Engine: profile, size class, gates, plan, support
