# What every export script shares (export-series.R and each export-<fresh set>-series.R source this file,
# run from the repository root): add() puts one series into the caller's `series` list, write_series() writes
# that list as the JSON fixture the TypeScript harness reads — one writer, so the fixtures keep one format.

# One series: at most MAX_POINTS (set by the caller) most recent points, the longest complete stretch when
# there are gaps, and its start as (year, period), appended to the caller's `series` list.
add <- function(name, x, package, dataset, about) {
  x <- as.ts(x)
  if (length(x) > MAX_POINTS) x <- ts(as.numeric(x)[(length(x) - MAX_POINTS + 1):length(x)], end = end(x), frequency = frequency(x))
  f <- frequency(x)
  period <- switch(as.character(f), "12" = "month", "4" = "quarter", "52" = "week", "1" = "year", NA)
  if (is.na(period)) stop(paste("unsupported frequency", f, "for", name))
  v <- as.numeric(x)
  tt <- as.numeric(time(x))
  if (any(is.na(v))) { # gaps: keep the longest complete stretch
    r <- rle(!is.na(v)); ends <- cumsum(r$lengths); starts <- ends - r$lengths + 1
    k <- which(r$values)[which.max(r$lengths[r$values])]
    v <- v[starts[k]:ends[k]]; tt <- tt[starts[k]:ends[k]]
  }
  year <- floor(tt[1] + 1e-9)
  start <- c(year, if (f == 1) 1 else round((tt[1] - year) * f) + 1)
  series[[length(series) + 1]] <<- list(name = name, period = period, frequency = f,
    start = c(start[1], start[2]), values = signif(v, 10),
    source = list(package = package, dataset = dataset), about = about)
}

# The fixture: a JSON array, one series per entry, values to 10 significant digits. A minimal writer of our
# own (no jsonlite dependency, which not every export needs), so the files' layout stays what it always was.
write_series <- function(series, out) {
  cat(sprintf("%d series\n", length(series)))
  esc <- function(x) paste0('"', gsub('"', '\\\\"', gsub("\\\\", "\\\\\\\\", x)), '"')
  one <- function(o) paste0("  {\"name\": ", esc(o$name), ", \"period\": ", esc(o$period), ", \"frequency\": ", o$frequency,
    ", \"start\": [", o$start[1], ", ", o$start[2], "], \"source\": {\"package\": ", esc(o$source$package), ", \"dataset\": ", esc(o$source$dataset),
    "}, \"about\": ", esc(o$about), ",\n   \"values\": [", paste(format(o$values, digits = 10, trim = TRUE, scientific = FALSE), collapse = ", "), "]}")
  writeLines(paste0("[\n", paste(vapply(series, one, ""), collapse = ",\n"), "\n]"), out)
}
