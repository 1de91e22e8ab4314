"""The wp/v2 REST server: routes, argument schemas, controllers, links and embedding."""
