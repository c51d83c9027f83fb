from configparser import ConfigParser
import setuptools, shlex

# nbdev 2 layout: everything about the package lives in settings.ini
config = ConfigParser(delimiters=['='])
config.read('settings.ini', encoding='utf-8')
cfg = config['DEFAULT']

cfg_keys = 'version description keywords author author_email'.split()
expected = cfg_keys + "lib_name user branch license status min_python audience language".split()
for o in expected: assert o in cfg, "missing expected setting: {}".format(o)
setup_cfg = {o:cfg[o] for o in cfg_keys}

licenses = {
    'apache2': ('Apache Software License 2.0','OSI Approved :: Apache Software License'),
    'mit': ('MIT License', 'OSI Approved :: MIT License'),
}
statuses = [ '1 - Planning', '2 - Pre-Alpha', '3 - Alpha',
    '4 - Beta', '5 - Production/Stable', '6 - Mature', '7 - Inactive' ]
# the versions CI tests (.github/workflows/test.yaml); faiss-gpu has no wheel for 3.9
py_versions = '3.10 3.11 3.12 3.13'.split()

requirements = shlex.split(cfg.get('requirements', ''))
# faiss: the GPU wheel runs on CPU too, but exists only for Linux x86-64; never install both
requirements += ['faiss-gpu; platform_system == "Linux" and platform_machine == "x86_64"',
                 'faiss-cpu; platform_system != "Linux" or platform_machine != "x86_64"']
if cfg.get('pip_requirements'): requirements += shlex.split(cfg.get('pip_requirements', ''))
min_python = cfg['min_python']
lic = licenses.get(cfg['license'].lower(), (cfg['license'], None))
dev_requirements = (cfg.get('dev_requirements') or '').split()
extras = {'dev': dev_requirements, 'umap': ['umap-learn>=0.5'], 'widgets': ['ipywidgets>=8'],   # optional: UMAP maps, the explorer,
          'ray': ['ray[data]>=2.9'],                                                        # embedding on a Ray cluster,
          'nltk': ['nltk>=3.8']}   # nltk's WordNet download, for `wordnet_nouns(folder)`: the package ships its own noun bank

# the links PyPI shows beside the description, from the docs and repository settings of settings.ini
project_urls = {'Documentation': f"{cfg['doc_host']}{cfg['doc_baseurl']}/", 'Source': cfg['git_url'],
                'Issues': f"{cfg['git_url']}/issues"}

package_data = dict()
pkg_data = cfg.get('package_data', None)
if pkg_data:
    package_data[cfg['lib_name']] = pkg_data.split()

setuptools.setup(
    name = cfg['lib_name'],
    license = lic[0],
    classifiers = [
        'Development Status :: ' + statuses[int(cfg['status']) - 1],   # status = 4 reads "4 - Beta"
        'Intended Audience :: ' + cfg['audience'].title(),
        'Natural Language :: ' + cfg['language'].title(),
        'Topic :: Scientific/Engineering :: Artificial Intelligence',
    ] + ['Programming Language :: Python :: '+o for o in py_versions[py_versions.index(min_python):]] + (['License :: ' + lic[1] ] if lic[1] else []),
    url = cfg['git_url'],
    project_urls = project_urls,
    packages = setuptools.find_packages(),
    include_package_data = True,
    install_requires = requirements,
    extras_require = extras,
    dependency_links = cfg.get('dep_links','').split(),
    python_requires  = '>=' + cfg['min_python'],
    long_description = open('README.md', encoding='utf-8').read(),
    long_description_content_type = 'text/markdown',
    zip_safe = False,
    entry_points = {
        'console_scripts': cfg.get('console_scripts','').split(),
        'nbdev': [f'{cfg.get("lib_path")}={cfg.get("lib_path")}._modidx:d']
    },
    package_data = package_data,
    **setup_cfg)
