"""The SPARQL 1.1 service behind /sparql and /store: protocol rules (`protocol`), content negotiation
(`negotiation`), datasets and guards (`dataset`, `lexer`), tokens (`access`), the bounded worker pool
(`workers`), result writing under a deadline and a row cap (`results`), the service description
(`description`) and the service that ties them together (`service`)."""
