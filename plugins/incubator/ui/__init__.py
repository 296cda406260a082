"""The incubator manager's screen (Qt): roster, seats and profile. Opened from the 集群托管 menu."""
