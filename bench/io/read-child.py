"""One read by a Python peer in a fresh process: `python3 read-child.py <reader> <file>` prints
{"seconds", "cpuSeconds", "baselineRss", "peakRss", "items"} as JSON. Readers: csv (the standard library's
csv.reader, every numeric cell converted with float), json (json.loads per line), loadtxt
(numpy.loadtxt, numeric columns only: the dense files)."""
import csv, json, resource, sys, time

reader, path = sys.argv[1], sys.argv[2]


def rss_bytes():
    with open('/proc/self/statm') as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def read_csv(path):
    with open(path, newline='') as handle:
        rows = csv.reader(handle)
        header = next(rows)
        columns = [[] for _ in header]
        for row in rows:
            for column, cell in zip(columns, row):
                try:
                    column.append(float(cell) if cell else None)
                except ValueError:
                    column.append(cell)
    return len(columns[0])


def read_json(path):
    records = 0
    with open(path) as handle:
        columns = {}
        for line in handle:
            if line.strip():
                for key, value in json.loads(line).items():
                    columns.setdefault(key, []).append(value)
                records += 1
    return records


def read_loadtxt(path):
    import numpy
    with open(path) as handle:
        header = handle.readline().strip().split(',')
    numeric = [i for i, name in enumerate(header) if name != 'colour']
    return len(numpy.loadtxt(path, delimiter=',', skiprows=1, usecols=numeric))


READERS = {'csv': read_csv, 'json': read_json, 'loadtxt': read_loadtxt}
def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


baseline = rss_bytes()
start = time.perf_counter()
cpu_start = cpu_seconds()
items = READERS[reader](path)
cpu = cpu_seconds() - cpu_start
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({'seconds': seconds, 'cpuSeconds': cpu, 'baselineRss': baseline, 'peakRss': peak, 'items': items}))
