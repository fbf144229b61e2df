/**
 * Running the project's own tools for a check: a process and everything it starts, killed together
 * on timeout or cancellation; the tail of its output, read without blocking; secrets masked in it.
 * Shared by the gates that run commands ({@code command}, and {@code alert-rules} for promtool), so
 * no check imports another.
 */
package dev.mistralready.process;
