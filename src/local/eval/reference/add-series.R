# The one way both export scripts add a series (sourced by export-series.R and export-fresh-series.R, run
# from the repository root): at most MAX_POINTS (set by the caller) most recent points, the longest complete
# stretch when there are gaps, and its start as (year, period), appended to the caller's `series` list.
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
