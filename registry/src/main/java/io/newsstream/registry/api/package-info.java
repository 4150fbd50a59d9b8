/** HTTP routes, request and response bodies, and Confluent's error format. No registry rules live here. */
package io.newsstream.registry.api;
