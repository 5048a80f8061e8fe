"""The market monitor (issue 19): what job ads and layoffs show. Pure parsers and classifiers of one ad
(salary, posting date, AI class) at the core; reading ad files and the aggregates around them."""
